package org.lantian.bulletin;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/public/warnings}: the warnings in force now, and every region (the city first, then the counties)
 * with the level in force there — the higher of the city's warning and its own — and the warning that sets it.
 */
public record PublicWarnings(OffsetDateTime asOf, List<PublicWarning> warnings, List<RegionLevel> regions) {

    /**
     * One active warning as the public sees it.
     *
     * @param warningId the warning's id
     * @param version   its version (the CAP message of that version is the current one)
     * @param level     BLUE, YELLOW, ORANGE or RED
     * @param response  the response level (Ⅲ级 / level III …)
     * @param colour    the level's colour
     * @param mandatory false for an advisory warning (ozone, dust, wildfire: health advice only)
     * @param since     when the current level took effect
     * @param issuedAt  when the warning was issued
     * @param headline  the headline of its current message
     * @param measures  the public measures of the level (domain.md §6)
     * @param cap       the path of its current CAP 1.2 message
     */
    public record PublicWarning(String warningId, int version, String regionCode, Text regionName, String level,
                                Text levelName, Text response, String colour, boolean mandatory, OffsetDateTime since,
                                OffsetDateTime issuedAt, Text headline, List<Text> measures, String cap) {
    }

    /** A region and the level in force there: NONE (no warningId, since) or the level of the warning that sets it. */
    public record RegionLevel(String regionCode, Text name, String level, String warningId, OffsetDateTime since) {
    }
}
