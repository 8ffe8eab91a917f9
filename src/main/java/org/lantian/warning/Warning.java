package org.lantian.warning;

import java.time.OffsetDateTime;

import org.lantian.warning.rules.WarningLevel;

import io.vertx.mutiny.sqlclient.Row;

/** A warning as stored. */
public record Warning(String id, String regionCode, WarningLevel level, String status, String ruleSet, String cause,
                      boolean mandatory, String proposalId, OffsetDateTime effectiveFrom, OffsetDateTime issuedAt,
                      String issuedBy, String reason, OffsetDateTime liftedAt, String liftedBy, int version,
                      Object adequacy) {

    public static final String COLUMNS = "id, region_code, level, status, rule_set, cause, mandatory, proposal_id, effective_from, "
            + "issued_at, issued_by, reason, lifted_at, lifted_by, version, adequacy::text AS adequacy";

    public static Warning of(Row r) {
        return new Warning(r.getString("id"), r.getString("region_code"), WarningLevel.valueOf(r.getString("level")),
                r.getString("status"), r.getString("rule_set"), r.getString("cause"), r.getBoolean("mandatory"),
                r.getString("proposal_id"), r.getOffsetDateTime("effective_from"), r.getOffsetDateTime("issued_at"),
                r.getString("issued_by"), r.getString("reason"), r.getOffsetDateTime("lifted_at"),
                r.getString("lifted_by"), r.getInteger("version"), adequacy(r.getString("adequacy")));
    }

    /** The stored adequacy check as JSON (serialised as such), or null. */
    private static Object adequacy(String json) {
        if (json == null) {
            return null;
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
