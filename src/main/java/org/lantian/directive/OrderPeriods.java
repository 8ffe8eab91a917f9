package org.lantian.directive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * When each industrial order was in force (compliance asks): an order holds from its {@code effectiveFrom} until the
 * next version for the same enterprise takes effect (a CHANGE replaces it, an END stops it), or is open-ended.
 */
@ApplicationScoped
public class OrderPeriods {

    /** One measure as ordered: the line (null for the whole enterprise), the contract's action name, and for LIMIT the allowed %. */
    public record OrderedMeasure(String line, String action, Double limitPercent) {
    }

    /** An industrial order and the time it holds: [effectiveFrom, endsAt), endsAt null while nothing replaced it. */
    public record OrderPeriod(String directiveId, String enterpriseId, String regionCode, String warningId, String level,
                              OffsetDateTime effectiveFrom, OffsetDateTime endsAt, List<OrderedMeasure> measures) {

        public boolean holdsAt(OffsetDateTime t) {
            return !t.isBefore(effectiveFrom) && (endsAt == null || t.isBefore(endsAt));
        }
    }

    private static final String PERIODS = """
            WITH versions AS (
                SELECT id, subject, region_code, warning_id, level, action, effective_from, measures::text AS measures,
                       lead(effective_from) OVER (PARTITION BY subject ORDER BY version) AS ends_at
                  FROM directive WHERE kind = 'INDUSTRIAL' AND %s
            )
            SELECT * FROM versions
             WHERE action <> 'END' AND %s
             ORDER BY subject, effective_from, id
            """;

    private final Pool pool;
    private final ObjectMapper mapper;

    OrderPeriods(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    /** The orders of one enterprise that held at some time in [from, to). */
    public Uni<List<OrderPeriod>> ofEnterprise(String enterpriseId, OffsetDateTime from, OffsetDateTime to) {
        return pool.preparedQuery(PERIODS.formatted("subject = $1", "effective_from < $3 AND (ends_at IS NULL OR ends_at > $2)"))
                .execute(Tuple.of(enterpriseId, from, to)).map(this::periods);
    }

    /** Every enterprise's orders that held at some time in [from, to). */
    public Uni<List<OrderPeriod>> all(OffsetDateTime from, OffsetDateTime to) {
        return pool.preparedQuery(PERIODS.formatted("true", "effective_from < $2 AND (ends_at IS NULL OR ends_at > $1)"))
                .execute(Tuple.of(from, to)).map(this::periods);
    }

    /** Every enterprise's orders caused by one warning (directly or through the effective levels it set). */
    public Uni<List<OrderPeriod>> ofWarning(String warningId) {
        return pool.preparedQuery(PERIODS.formatted("subject IN (SELECT subject FROM directive WHERE warning_id = $1)",
                        "warning_id = $1")).execute(Tuple.of(warningId)).map(this::periods);
    }

    private List<OrderPeriod> periods(Iterable<Row> rows) {
        List<OrderPeriod> list = new ArrayList<>();
        for (Row r : rows) {
            list.add(new OrderPeriod(r.getString("id"), r.getString("subject"), r.getString("region_code"), r.getString("warning_id"),
                    r.getString("level"), r.getOffsetDateTime("effective_from"), r.getOffsetDateTime("ends_at"),
                    measures(r.getString("measures"))));
        }
        return list;
    }

    private List<OrderedMeasure> measures(String json) {
        try {
            List<OrderedMeasure> list = new ArrayList<>();
            for (JsonNode m : mapper.readTree(json)) {
                JsonNode line = m.get("line");
                JsonNode limit = m.get("limitPercent");
                list.add(new OrderedMeasure(line == null || line.isNull() ? null : line.asText(), m.path("action").asText(),
                        limit == null || limit.isNull() ? null : limit.asDouble()));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
