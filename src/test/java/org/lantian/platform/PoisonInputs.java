package org.lantian.platform;

import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.lantian.testing.Infra;

/**
 * One input topic of the poison suite: its key, a valid record and how to tell it was processed,
 * and the records of each poison case. {@code n} makes every scenario's records unique, so the
 * scenarios share the broker and database without seeing each other's records.
 */
enum PoisonInputs {

    READINGS("aq.monitoring.readings.v1", "readings") {
        String key(int n) {
            return "141021-01";
        }

        String valid(int n) {
            return reading("141021-01", hour(n), 42.0);
        }

        String processed(int n) {
            return "SELECT count(*) FROM reading WHERE station_code = '141021-01' AND observed_at = '" + hour(n) + "'";
        }

        String nul(int n) {
            return reading("141021-01\u0000", hour(n), 42.0).replace("\u0000", "\\u0000");
        }

        String longCode(int n) {
            return reading("1".repeat(3000), hour(n), 42.0);
        }

        String schemaViolation(int n) {
            return reading("141021-01", hour(n), 42.0).replace("42.0", "\"forty-two\"");
        }

        String refused(int n) {
            return reading("141021-02", hour(n), 666.25);
        }

        String refusedKey(int n) {
            return "141021-02";
        }

        String refusingConstraint() {
            return "ALTER TABLE reading ADD CONSTRAINT poison_test CHECK (pm25 IS DISTINCT FROM 666.25) NOT VALID";
        }

        String pad(int n, String padding) {
            return reading("141021-01", hour(n), 42.0).replace("{", "{\"padding\": \"" + padding + "\", ");
        }
    },

    FORECASTS("aq.monitoring.forecasts.v1", "forecasts") {
        String key(int n) {
            return "141021";
        }

        String valid(int n) {
            return forecast("141021", minute(n), "monitoring-centre");
        }

        String processed(int n) {
            return "SELECT count(*) FROM forecast WHERE region_code = '141021' AND issued_at = '" + minute(n) + "'";
        }

        String nul(int n) {
            return forecast("141021", minute(n), "centre\\u0000");
        }

        String longCode(int n) {
            return forecast("1".repeat(3000), minute(n), "monitoring-centre");
        }

        String schemaViolation(int n) {
            return forecast("141021", minute(n), "monitoring-centre").replace("\"aqi\": 80", "\"aqi\": \"high\"");
        }

        String refused(int n) {
            return forecast("141021", refusedMinute(n), "poison-refused");
        }

        String refusingConstraint() {
            // issuer is not stored with the forecast: the refused one is told apart by its issue time
            return null;
        }

        String pad(int n, String padding) {
            return forecast("141021", minute(n), "monitoring-centre").replace("{", "{\"padding\": \"" + padding + "\", ");
        }
    },

    TELEMETRY("aq.monitoring.enterprise-telemetry.v1", "telemetry") {
        static final String ENTERPRISE = "91141021MA0LDEM03M";

        String key(int n) {
            return ENTERPRISE;
        }

        String valid(int n) {
            return telemetry("kiln-1", minute(n), 120.0);
        }

        String processed(int n) {
            return "SELECT count(*) FROM enterprise_telemetry WHERE enterprise_id = '" + ENTERPRISE + "' AND measured_at = '"
                    + minute(n) + "'";
        }

        String nul(int n) {
            return telemetry("kiln\\u0000", minute(n), 120.0);
        }

        String longCode(int n) {
            return telemetry("m".repeat(3000), minute(n), 120.0);
        }

        String schemaViolation(int n) {
            return telemetry("kiln-1", minute(n), 120.0).replace("120.0", "\"lots\"");
        }

        String refused(int n) {
            return telemetry("kiln-2", minute(n), 666.25);
        }

        String refusingConstraint() {
            return "ALTER TABLE enterprise_telemetry ADD CONSTRAINT poison_test CHECK (value <> 666.25) NOT VALID";
        }

        String pad(int n, String padding) {
            return telemetry("kiln-1", minute(n), 120.0).replace("{", "{\"padding\": \"" + padding + "\", ");
        }

        private String telemetry(String meter, String at, double value) {
            return """
                    {"enterpriseId": "%s", "measuredAt": "%s", "meter": "%s", "kind": "ELECTRICITY_KW", "value": %s}"""
                    .formatted(ENTERPRISE, at, meter, value);
        }
    },

    REGIONAL_WARNINGS("aq.warning.regional.v1", "regional-warnings") {
        String key(int n) {
            return "140000";
        }

        String valid(int n) {
            return regional("poison-suite-" + n, "省厅", "测试");
        }

        String processed(int n) {
            return "SELECT count(*) FROM regional_floor WHERE id = 'poison-suite-" + n + "'";
        }

        String nul(int n) {
            return regional("poison-suite-" + n, "省厅", "测试\\u0000");
        }

        String longCode(int n) {
            return regional("w".repeat(3000), "省厅", "测试");
        }

        String schemaViolation(int n) {
            return regional("poison-suite-" + n, "省厅", "测试").replace("\"YELLOW\"", "\"PURPLE\"");
        }

        String refused(int n) {
            return regional("poison-suite-" + n + "-refused", "省厅", "poison-refused");
        }

        String refusingConstraint() {
            return "ALTER TABLE regional_floor ADD CONSTRAINT poison_test CHECK (reason IS DISTINCT FROM 'poison-refused') NOT VALID";
        }

        String pad(int n, String padding) {
            return regional("poison-suite-" + n, "省厅", "测试").replace("{", "{\"padding\": \"" + padding + "\", ");
        }

        private String regional(String id, String by, String reason) {
            // Taiyuan (140100) is outside Linfen: stored as a floor, changes no Linfen level
            return """
                    {"regionCode": "140000", "warningId": "%s", "level": "YELLOW", "regions": ["140100"],
                     "effectiveFrom": "2019-03-01T00:00:00+08:00", "issuedBy": "%s", "reason": "%s"}""".formatted(id, by, reason);
        }
    },

    ACKS("aq.directive.acks.v1", "directive-acks") {
        String key(int n) {
            return Directives.enterprise(n);
        }

        String valid(int n) {
            return ack(Directives.directive(n), Directives.enterprise(n), "poison-suite-" + n);
        }

        String processed(int n) {
            return "SELECT count(*) FROM directive WHERE id = '" + Directives.directive(n) + "' AND acked_by = 'poison-suite-" + n + "'";
        }

        String nul(int n) {
            return ack(Directives.directive(n), Directives.enterprise(n), "厂长\\u0000");
        }

        String longCode(int n) {
            return ack("D".repeat(3000), Directives.enterprise(n), "厂长");
        }

        String schemaViolation(int n) {
            return ack(Directives.directive(n), Directives.enterprise(n), "厂长").replace("\"by\"", "\"by_whom\"");
        }

        String refused(int n) {
            return ack(Directives.directive(n), Directives.enterprise(n), "poison-refused");
        }

        String refusingConstraint() {
            return "ALTER TABLE directive ADD CONSTRAINT poison_test CHECK (acked_by IS DISTINCT FROM 'poison-refused') NOT VALID";
        }

        String pad(int n, String padding) {
            return ack(Directives.directive(n), Directives.enterprise(n), "厂长").replace("{", "{\"padding\": \"" + padding + "\", ");
        }

        private String ack(String directive, String enterprise, String by) {
            return """
                    {"directiveId": "%s", "enterpriseId": "%s", "ackedAt": "2026-11-28T10:00:00+08:00", "by": "%s"}"""
                    .formatted(directive, enterprise, by);
        }
    },

    REGION_HOURS("aq.monitoring.region-hours.v1", "region-hours") {
        String key(int n) {
            return "141032";
        }

        String valid(int n) {
            Readings.storeDirectly("141032-01", regionHour(n));
            return mark("141032", regionHour(n));
        }

        String processed(int n) {
            return "SELECT count(*) FROM region_hour_aqi WHERE region_code = '141032' AND hour = '" + regionHour(n) + "'";
        }

        String nul(int n) {
            return mark("141032\\u0000", regionHour(n));
        }

        String longCode(int n) {
            return mark("1".repeat(3000), regionHour(n));
        }

        String schemaViolation(int n) {
            return mark("141032", "yesterday");
        }

        String refused(int n) {
            // the refused hour is the scenario's own; the valid mark behind it is a later hour
            Readings.storeDirectly("141032-01", refusedHour(n));
            return mark("141032", refusedHour(n));
        }

        String refusingConstraint() {
            return null;
        }

        String pad(int n, String padding) {
            return mark("141032", regionHour(n)).replace("{", "{\"padding\": \"" + padding + "\", ");
        }

        private String mark(String region, String hour) {
            return """
                    {"regionCode": "%s", "hour": "%s"}""".formatted(region, hour);
        }
    };

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final OffsetDateTime BASE = OffsetDateTime.of(2019, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));

    final String topic;
    final String channel;

    PoisonInputs(String topic, String channel) {
        this.topic = topic;
        this.channel = channel;
    }

    abstract String key(int n);

    abstract String valid(int n);

    /** SQL counting the valid record's row: 1 once it was processed. */
    abstract String processed(int n);

    abstract String nul(int n);

    abstract String longCode(int n);

    abstract String schemaViolation(int n);

    /** A record that passes every check of the application and that PostgreSQL refuses (see the constraints). */
    abstract String refused(int n);

    /** The key of the refused record, when it is not {@link #key}; it is sent to the valid record's partition all the same. */
    String refusedKey(int n) {
        return key(n);
    }

    /** A constraint that makes PostgreSQL refuse {@link #refused}, or null when {@link #refusingConstraint(int)} names one per scenario. */
    abstract String refusingConstraint();

    /** A valid record padded with an extra field to any size. */
    abstract String pad(int n, String padding);

    /** The constraint for scenario {@code n}: some refusals depend on the scenario's own values. */
    String refusingConstraint(int n) {
        String fixed = refusingConstraint();
        if (fixed != null) {
            return fixed;
        }
        return switch (this) {
            case FORECASTS -> "ALTER TABLE forecast ADD CONSTRAINT poison_test CHECK (issued_at <> '" + refusedMinute(n) + "') NOT VALID";
            case REGION_HOURS -> "ALTER TABLE region_hour_aqi ADD CONSTRAINT poison_test CHECK (NOT (region_code = '141032' AND hour = '"
                    + refusedHour(n) + "')) NOT VALID";
            default -> throw new IllegalStateException(name());
        };
    }

    /** The table the constraint is on, to drop it again. */
    String constrainedTable() {
        return switch (this) {
            case READINGS -> "reading";
            case FORECASTS -> "forecast";
            case TELEMETRY -> "enterprise_telemetry";
            case REGIONAL_WARNINGS -> "regional_floor";
            case ACKS -> "directive";
            case REGION_HOURS -> "region_hour_aqi";
        };
    }

    static String hour(int n) {
        return BASE.plusHours(n).format(ISO);
    }

    static String minute(int n) {
        return BASE.plusMinutes(n).format(ISO);
    }

    static String refusedMinute(int n) {
        return BASE.plusMinutes(n).plusSeconds(30).format(ISO);
    }

    /** Region hours two days apart, so that no scenario's recomputation (23 h ahead) reaches another's. */
    static String regionHour(int n) {
        return BASE.plusHours(48L * n).format(ISO);
    }

    static String refusedHour(int n) {
        return BASE.plusHours(48L * n - 30).format(ISO);
    }

    static String reading(String station, String at, double pm25) {
        return """
                {"stationCode": "%s", "observedAt": "%s", "pm25": %s, "pm10": 60.0}""".formatted(station, at, pm25);
    }

    static String forecast(String region, String issuedAt, String issuer) {
        return """
                {"regionCode": "%s", "issuedAt": "%s", "issuer": "%s", "periods": [
                 {"from": "2019-03-01T00:00:00+08:00", "to": "2019-03-02T00:00:00+08:00", "aqi": 80, "primaryPollutant": "PM10"}]}"""
                .formatted(region, issuedAt, issuer);
    }

    /** Readings written straight into the table (no region-hour mark), so that only the test's marks recompute them. */
    static final class Readings {

        static void storeDirectly(String station, String at) {
            try (Connection c = Infra.db(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO reading (station_code, observed_at, pm25, pm10) VALUES ('" + station + "', '" + at
                        + "', 80, 120) ON CONFLICT DO NOTHING");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Orders of a warning for 曲沃县 (141021), one per scenario, each of its own enterprise. */
    static final class Directives {

        private static List<String[]> orders;
        private static final java.util.Map<Integer, Integer> BY_SCENARIO = new java.util.HashMap<>();

        static String directive(int n) {
            return order(n)[0];
        }

        static String enterprise(int n) {
            return order(n)[1];
        }

        /** Each scenario its own order, never acknowledged before. */
        private static synchronized String[] order(int n) {
            int index = BY_SCENARIO.computeIfAbsent(n, k -> BY_SCENARIO.size());
            return orders().get(index);
        }

        static synchronized List<String[]> orders() {
            if (orders == null) {
                orders = PoisonIsolationTest.ordersOf141021();
            }
            return orders;
        }

        static List<String[]> read() {
            List<String[]> result = new ArrayList<>();
            try {
                Infra.query("SELECT id, subject FROM directive WHERE kind = 'INDUSTRIAL' "
                        + "AND region_code = '141021' AND acked_at IS NULL ORDER BY id", rs -> {
                            while (rs.next()) {
                                result.add(new String[] {rs.getString(1), rs.getString(2)});
                            }
                            return result;
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return result;
        }
    }
}
