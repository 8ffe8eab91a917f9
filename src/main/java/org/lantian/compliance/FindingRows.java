package org.lantian.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The {@code compliance_finding} rows, read and written as {@link Finding}s. */
@ApplicationScoped
public class FindingRows {

    static final String COLUMNS = """
            id, enterprise_id, region_code, directive_id, warning_id, rule, meter, outcome, status, first_hour, last_violation,
            closed_at, violating_hours, evidence::text AS evidence, version, decision, decided_by, decided_at, decision_reason""";

    private static final String SAVE = """
            INSERT INTO compliance_finding AS f (id, enterprise_id, region_code, directive_id, warning_id, rule, meter, outcome, status,
                   first_hour, last_violation, closed_at, violating_hours, evidence, version, decision, decided_by, decided_at,
                   decision_reason, updated_at)
            SELECT id, e, r, d, w, ru, m, o, st, fh, lv, ca, vh, ev::jsonb, v, de, db, da, dr, $20::timestamptz
              FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                          $9::text[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::int[], $14::text[],
                          $15::int[], $16::text[], $17::text[], $18::timestamptz[], $19::text[])
                   AS t(id, e, r, d, w, ru, m, o, st, fh, lv, ca, vh, ev, v, de, db, da, dr)
            ON CONFLICT (id) DO UPDATE SET outcome = EXCLUDED.outcome, status = EXCLUDED.status, first_hour = EXCLUDED.first_hour,
                   last_violation = EXCLUDED.last_violation, closed_at = EXCLUDED.closed_at,
                   violating_hours = EXCLUDED.violating_hours, evidence = EXCLUDED.evidence, version = EXCLUDED.version,
                   decision = EXCLUDED.decision, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at,
                   decision_reason = EXCLUDED.decision_reason, updated_at = EXCLUDED.updated_at
            """;

    private final ObjectMapper mapper;

    FindingRows(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Uni<Map<FindingStore.Key, Finding>> load(SqlClient client, Set<FindingStore.Key> keys) {
        Tuple t = Tuple.tuple().addArrayOfString(keys.stream().map(k -> Finding.id(k.directiveId(), k.rule(), k.meter())).toArray(String[]::new));
        return client.preparedQuery("SELECT " + COLUMNS + " FROM compliance_finding WHERE id = ANY($1) FOR UPDATE").execute(t).map(rs -> {
            Map<FindingStore.Key, Finding> found = new HashMap<>();
            for (Row r : rs) {
                Finding f = of(r);
                found.put(new FindingStore.Key(f.directiveId(), f.rule(), f.meter()), f);
            }
            return found;
        });
    }

    Uni<Void> save(SqlClient client, List<Finding> findings, OffsetDateTime at) {
        Tuple t = Tuple.tuple()
                .addArrayOfString(findings.stream().map(Finding::findingId).toArray(String[]::new))
                .addArrayOfString(findings.stream().map(Finding::enterpriseId).toArray(String[]::new))
                .addArrayOfString(findings.stream().map(Finding::regionCode).toArray(String[]::new))
                .addArrayOfString(findings.stream().map(Finding::directiveId).toArray(String[]::new))
                .addArrayOfString(findings.stream().map(Finding::warningId).toArray(String[]::new))
                .addArrayOfString(findings.stream().map(f -> f.rule().name()).toArray(String[]::new))
                .addArrayOfString(findings.stream().map(Finding::meter).toArray(String[]::new))
                .addArrayOfString(findings.stream().map(f -> f.outcome().name()).toArray(String[]::new))
                .addArrayOfString(findings.stream().map(f -> f.status().name()).toArray(String[]::new))
                .addArrayOfOffsetDateTime(findings.stream().map(Finding::firstHour).toArray(OffsetDateTime[]::new))
                .addArrayOfOffsetDateTime(findings.stream().map(Finding::lastViolation).toArray(OffsetDateTime[]::new))
                .addArrayOfOffsetDateTime(findings.stream().map(Finding::closedAt).toArray(OffsetDateTime[]::new))
                .addArrayOfInteger(findings.stream().map(Finding::violatingHours).toArray(Integer[]::new))
                .addArrayOfString(findings.stream().map(f -> json(f.evidence())).toArray(String[]::new))
                .addArrayOfInteger(findings.stream().map(Finding::version).toArray(Integer[]::new))
                .addArrayOfString(findings.stream().map(Finding::decision).toArray(String[]::new))
                .addArrayOfString(findings.stream().map(Finding::decidedBy).toArray(String[]::new))
                .addArrayOfOffsetDateTime(findings.stream().map(Finding::decidedAt).toArray(OffsetDateTime[]::new))
                .addArrayOfString(findings.stream().map(Finding::decisionReason).toArray(String[]::new))
                .addOffsetDateTime(at);
        return client.preparedQuery(SAVE).execute(t).replaceWithVoid();
    }

    /** Findings by region, enterprise and status (each null for any), newest first. */
    public Uni<List<Finding>> list(SqlClient client, String region, String enterprise, String status, int limit) {
        return client.preparedQuery("SELECT " + COLUMNS + """
                         FROM compliance_finding
                        WHERE ($1::text IS NULL OR region_code = $1) AND ($2::text IS NULL OR enterprise_id = $2)
                          AND ($3::text IS NULL OR status = $3 OR decision = $3)
                        ORDER BY status DESC, coalesce(last_violation, first_hour) DESC, id LIMIT $4
                        """).execute(Tuple.of(region, enterprise, status, limit))
                .map(rs -> {
                    List<Finding> list = new ArrayList<>();
                    rs.forEach(r -> list.add(of(r)));
                    return list;
                });
    }

    /** An open finding's identity and first hour: what the sweep needs, without the evidence. */
    record OpenKey(String enterpriseId, FindingStore.Key key, OffsetDateTime firstHour) {
    }

    Uni<List<OpenKey>> open(SqlClient client) {
        return client.query("SELECT enterprise_id, directive_id, rule, meter, first_hour FROM compliance_finding WHERE status = 'OPEN'")
                .execute().map(rs -> {
                    List<OpenKey> list = new ArrayList<>();
                    rs.forEach(r -> list.add(new OpenKey(r.getString(0), new FindingStore.Key(r.getString(1), Rule.valueOf(r.getString(2)),
                            r.getString(3)), r.getOffsetDateTime(4))));
                    return list;
                });
    }

    Finding of(Row r) {
        try {
            return new Finding(r.getString("id"), r.getString("enterprise_id"), r.getString("region_code"), r.getString("directive_id"),
                    r.getString("warning_id"), Rule.valueOf(r.getString("rule")), r.getString("meter"),
                    FindingState.Outcome.valueOf(r.getString("outcome")), FindingState.Status.valueOf(r.getString("status")),
                    r.getOffsetDateTime("first_hour"), r.getOffsetDateTime("last_violation"), r.getOffsetDateTime("closed_at"),
                    r.getInteger("violating_hours"), mapper.readValue(r.getString("evidence"), Finding.Evidence.class),
                    r.getInteger("version"), r.getString("decision"), r.getString("decided_by"), r.getOffsetDateTime("decided_at"),
                    r.getString("decision_reason"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
