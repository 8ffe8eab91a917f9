package org.lantian.compliance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.lantian.monitoring.TelemetryQueries.MeterHour;

/** Hourly means of one enterprise's meters, looked up by meter, kind and hour end. */
public final class MeterData {

    public static final String ELECTRICITY = "ELECTRICITY_KW";

    /** A meter's series of one kind. */
    public record Series(String meter, String kind) implements Comparable<Series> {
        @Override
        public int compareTo(Series o) {
            int c = meter.compareTo(o.meter);
            return c != 0 ? c : kind.compareTo(o.kind);
        }
    }

    private final Map<Series, TreeMap<Instant, Double>> series = new TreeMap<>();

    public MeterData(List<MeterHour> hours) {
        for (MeterHour h : hours) {
            series.computeIfAbsent(new Series(h.meter(), h.kind()), k -> new TreeMap<>()).put(h.hour().toInstant(), h.mean());
        }
    }

    public Optional<Double> mean(String meter, String kind, OffsetDateTime hour) {
        TreeMap<Instant, Double> s = series.get(new Series(meter, kind));
        return s == null ? Optional.empty() : Optional.ofNullable(s.get(hour.toInstant()));
    }

    /** The meters that reported this kind at all. */
    public Set<String> meters(String kind) {
        return series.keySet().stream().filter(s -> s.kind().equals(kind)).map(Series::meter).collect(Collectors.toSet());
    }

    /** Every series present, in order. */
    public Set<Series> series() {
        return series.keySet();
    }

    /** Whether a meter reported anything (any kind) in this hour. */
    public boolean reported(String meter, OffsetDateTime hour) {
        return series.entrySet().stream().anyMatch(e -> e.getKey().meter().equals(meter) && e.getValue().containsKey(hour.toInstant()));
    }
}
