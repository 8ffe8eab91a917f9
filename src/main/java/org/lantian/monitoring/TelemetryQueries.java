package org.lantian.monitoring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What other capabilities may ask about stored enterprise telemetry (compliance does): hourly means per meter, gate
 * passages, and when each meter last reported. Hours are named by their end, like readings: a value measured at
 * 08:00 belongs to the hour ending 08:00, one at 08:15 to the hour ending 09:00.
 */
@ApplicationScoped
public class TelemetryQueries {

    /** SQL for the end of the hour an instant column belongs to (format with the column name). */
    static final String HOUR_END = "(date_trunc('hour', %1$s - interval '1 microsecond') + interval '1 hour')";

    /** The mean of one meter's values of one kind over one hour, and how many values it is made of. */
    public record MeterHour(String meter, String kind, OffsetDateTime hour, double mean, int values) {
    }

    /** A truck recorded at a gate. */
    public record GatePassage(String meter, OffsetDateTime at, String plate, String emissionStandard) {
    }

    /** When a meter last reported anything. */
    public record LastSeen(String meter, String kind, OffsetDateTime at) {
    }

    private final Pool pool;

    TelemetryQueries(Pool pool) {
        this.pool = pool;
    }

    /** Hourly means of every measured kind (not gate passages) of one enterprise, for hours ending in (from, to]. */
    public Uni<List<MeterHour>> hourlyMeans(String enterpriseId, OffsetDateTime from, OffsetDateTime to) {
        String hour = HOUR_END.formatted("measured_at");
        return pool.preparedQuery("""
                        SELECT meter, kind, %1$s AS hour, avg(value) AS mean, count(*) AS n
                          FROM enterprise_telemetry
                         WHERE enterprise_id = $1 AND kind <> 'GATE_TRUCK' AND measured_at > $2::timestamptz - interval '1 hour' AND measured_at <= $3::timestamptz
                         GROUP BY meter, kind, %1$s HAVING %1$s > $2::timestamptz ORDER BY meter, kind, hour
                        """.formatted(hour))
                .execute(Tuple.of(enterpriseId, from, to))
                .map(rows -> {
                    List<MeterHour> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(new MeterHour(r.getString("meter"), r.getString("kind"), r.getOffsetDateTime("hour"),
                                r.getDouble("mean"), r.getInteger("n")));
                    }
                    return list;
                });
    }

    /** Trucks at the gates of one enterprise measured in (from, to], in time order. */
    public Uni<List<GatePassage>> gatePassages(String enterpriseId, OffsetDateTime from, OffsetDateTime to) {
        return pool.preparedQuery("""
                        SELECT meter, measured_at, plate, emission_standard FROM enterprise_telemetry
                         WHERE enterprise_id = $1 AND kind = 'GATE_TRUCK' AND measured_at > $2 AND measured_at <= $3
                         ORDER BY measured_at, meter, plate
                        """)
                .execute(Tuple.of(enterpriseId, from, to))
                .map(rows -> {
                    List<GatePassage> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(new GatePassage(r.getString(0), r.getOffsetDateTime(1), r.getString(2), r.getString(3)));
                    }
                    return list;
                });
    }

    /** Per meter and kind of one enterprise, the latest measurement at or before {@code asOf}. */
    public Uni<List<LastSeen>> lastSeen(String enterpriseId, OffsetDateTime asOf) {
        return pool.preparedQuery("""
                        SELECT meter, kind, max(measured_at) AS at FROM enterprise_telemetry
                         WHERE enterprise_id = $1 AND measured_at <= $2 GROUP BY meter, kind ORDER BY meter, kind
                        """)
                .execute(Tuple.of(enterpriseId, asOf))
                .map(rows -> {
                    List<LastSeen> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(new LastSeen(r.getString(0), r.getString(1), r.getOffsetDateTime(2)));
                    }
                    return list;
                });
    }
}
