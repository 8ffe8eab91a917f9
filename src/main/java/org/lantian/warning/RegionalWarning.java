package org.lantian.warning;

import java.time.OffsetDateTime;
import java.util.List;

/** A warning set by a higher government (province, Fenwei Plain), which sets a floor for the regions it names. */
public record RegionalWarning(String regionCode, String warningId, String level, List<String> regions,
                              OffsetDateTime effectiveFrom, OffsetDateTime effectiveTo, OffsetDateTime issuedAt,
                              String issuedBy, String reason) {
}
