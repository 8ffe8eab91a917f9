package org.lantian.compliance;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** What other capabilities may ask about findings (consultation's brief and timeline do): counts, typed. */
@ApplicationScoped
public class FindingQueries {

    private static final String COUNTS = """
            count(*) AS total,
            count(*) FILTER (WHERE status = 'OPEN' OR closed_at > $1) AS open,
            count(*) FILTER (WHERE status = 'CLOSED' AND closed_at <= $1) AS closed,
            count(*) FILTER (WHERE decision = 'CONFIRMED') AS confirmed,
            count(*) FILTER (WHERE decision = 'DISMISSED') AS dismissed,
            count(*) FILTER (WHERE outcome = 'NO_BASELINE') AS no_baseline""";

    private final Pool pool;
    private final FindingRows rows;

    FindingQueries(Pool pool, FindingRows rows) {
        this.pool = pool;
        this.rows = rows;
    }

    /** Per region: the findings whose first hour was at or before {@code asOf}, open or closed as of then. */
    public Uni<Map<String, FindingCounts>> byRegionAsOf(OffsetDateTime asOf) {
        return pool.preparedQuery("SELECT region_code, " + COUNTS + " FROM compliance_finding WHERE first_hour <= $1 GROUP BY region_code")
                .execute(Tuple.of(asOf)).map(rows -> {
                    Map<String, FindingCounts> byRegion = new TreeMap<>();
                    rows.forEach(r -> byRegion.put(r.getString("region_code"), counts(r)));
                    return byRegion;
                });
    }

    /** The findings on the orders a warning caused, open or closed as of {@code asOf}. */
    public Uni<FindingCounts> ofWarning(String warningId, OffsetDateTime asOf) {
        return pool.preparedQuery("SELECT " + COUNTS + " FROM compliance_finding WHERE warning_id = $2")
                .execute(Tuple.of(asOf, warningId)).map(rows -> counts(rows.iterator().next()));
    }

    /** Findings by region, enterprise and status (each null for any), open first, newest first (the console lists them). */
    public Uni<java.util.List<Finding>> list(String region, String enterprise, String status, int limit) {
        return rows.list(pool, region, enterprise, status, limit);
    }

    private static FindingCounts counts(Row r) {
        return new FindingCounts(r.getLong("total"), r.getLong("open"), r.getLong("closed"), r.getLong("confirmed"),
                r.getLong("dismissed"), r.getLong("no_baseline"));
    }
}
