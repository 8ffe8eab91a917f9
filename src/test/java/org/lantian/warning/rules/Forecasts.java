package org.lantian.warning.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A compact notation for forecast shapes in test tables. Hours count from {@link #T0}.
 * <ul>
 *   <li>{@code 24h:210} — a 24 h period with AQI 210 (PM2.5), right after the previous one;</li>
 *   <li>{@code 72x1h:210/O3} — 72 consecutive 1 h periods, primary pollutant O3;</li>
 *   <li>{@code gap:6h} — 6 h with no period;</li>
 *   <li>{@code @30-36:140} — a period from hour 30 to 36 (overlaps allowed; the cursor stays).</li>
 * </ul>
 */
final class Forecasts {

    static final Instant T0 = OffsetDateTime.parse("2020-01-10T00:00:00+08:00").toInstant();

    private static final Pattern SEQUENTIAL = Pattern.compile("(?:(\\d+)x)?([\\d.]+)h:(\\d+)(?:/(\\S+))?");
    private static final Pattern GAP = Pattern.compile("gap:([\\d.]+)h");
    private static final Pattern ABSOLUTE = Pattern.compile("@([\\d.]+)-([\\d.]+):(\\d+)(?:/(\\S+))?");

    private Forecasts() {
    }

    static List<Period> parse(String shape) {
        List<Period> periods = new ArrayList<>();
        double cursor = 0;
        for (String token : shape.trim().split("\\s+")) {
            Matcher m;
            if ((m = SEQUENTIAL.matcher(token)).matches()) {
                int count = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                double length = Double.parseDouble(m.group(2));
                for (int i = 0; i < count; i++) {
                    periods.add(period(cursor, cursor + length, m.group(3), m.group(4)));
                    cursor += length;
                }
            } else if ((m = GAP.matcher(token)).matches()) {
                cursor += Double.parseDouble(m.group(1));
            } else if ((m = ABSOLUTE.matcher(token)).matches()) {
                periods.add(period(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), m.group(3), m.group(4)));
            } else {
                throw new IllegalArgumentException("bad forecast token: " + token);
            }
        }
        return periods;
    }

    static Instant at(double hours) {
        return T0.plus(Duration.ofSeconds(Math.round(hours * 3600)));
    }

    static String hoursFromT0(Instant t) {
        return BigDecimal.valueOf(Duration.between(T0, t).toSeconds() / 3600.0).stripTrailingZeros().toPlainString();
    }

    /** "AQI > 200 for ≥ 24 h: 0-25h max 201; ..." — the reasons in table form. */
    static String summary(List<Reason> reasons) {
        return reasons.stream()
                .map(r -> r.condition() + ": " + hoursFromT0(r.run().from()) + "-" + hoursFromT0(r.run().to())
                        + "h max " + r.run().maxAqi())
                .collect(Collectors.joining("; "));
    }

    private static Period period(double from, double to, String aqi, String pollutant) {
        return new Period(at(from), at(to), Integer.parseInt(aqi), pollutant == null ? "PM2.5" : pollutant);
    }
}
