package org.lantian.warning;

import java.time.OffsetDateTime;

import org.lantian.platform.Json;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.mutiny.sqlclient.Row;

/** A warning as stored. */
public record Warning(String id, String regionCode, WarningLevel level, String status, String ruleSet, String cause,
                      boolean mandatory, String proposalId, OffsetDateTime effectiveFrom, OffsetDateTime issuedAt,
                      String issuedBy, String reason, OffsetDateTime liftedAt, String liftedBy, int version,
                      AdequacySummary adequacy) {

    public static final String COLUMNS = "id, region_code, level, status, rule_set, cause, mandatory, proposal_id, effective_from, "
            + "issued_at, issued_by, reason, lifted_at, lifted_by, version, adequacy::text AS adequacy";

    /** Rows are read in static code, without the application's mapper; the stored JSON holds only plain values. */
    private static final ObjectMapper STORED = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static Warning of(Row r) {
        return new Warning(r.getString("id"), r.getString("region_code"), WarningLevel.valueOf(r.getString("level")),
                r.getString("status"), r.getString("rule_set"), r.getString("cause"), r.getBoolean("mandatory"),
                r.getString("proposal_id"), r.getOffsetDateTime("effective_from"), r.getOffsetDateTime("issued_at"),
                r.getString("issued_by"), r.getString("reason"), r.getOffsetDateTime("lifted_at"),
                r.getString("lifted_by"), r.getInteger("version"), adequacy(r.getString("adequacy")));
    }

    /** The stored adequacy check, or null (none is kept for BLUE or a lift). */
    private static AdequacySummary adequacy(String json) {
        return Json.read(STORED, json, AdequacySummary.class);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
