package org.lantian.aqi;

/** Shared fixtures of the tests: the shipped standards and short ways to build inputs. */
final class TestSupport {

    static final AqiStandards STANDARDS = AqiStandards.loadDefault();
    static final AqiStandard V2012 = STANDARDS.byId("HJ633-2012").orElseThrow();
    static final AqiStandard V2026 = STANDARDS.byId("HJ633-2026").orElseThrow();
    static final AqiCalculator CALCULATOR = new AqiCalculator();

    private TestSupport() {
    }

    static AqiStandard standard(String id) {
        return STANDARDS.byId(id).orElseThrow(() -> new IllegalArgumentException("no standard " + id));
    }

    static AqiResult compute(String standard, AqiKind kind, AqiInput input) {
        return CALCULATOR.compute(standard(standard), kind, input);
    }

    /** An input with one component set, by its contract name. */
    static AqiInput only(String field, double value) {
        return with(AqiInput.builder(), field, value).build();
    }

    static AqiInput.Builder with(AqiInput.Builder builder, String field, double value) {
        return switch (field) {
            case "pm25" -> builder.pm25(value);
            case "pm10" -> builder.pm10(value);
            case "so2" -> builder.so2(value);
            case "no2" -> builder.no2(value);
            case "co" -> builder.co(value);
            case "o3" -> builder.o3(value);
            case "o3_8h" -> builder.o3_8h(value);
            case "so2_24h" -> builder.so2_24h(value);
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** All six pollutants present with low values (IAQI ≤ 13 each), to isolate one pollutant's effect. */
    static AqiInput.Builder cleanAir() {
        return AqiInput.builder().pm25(5.0).pm10(10.0).so2(5.0).no2(10.0).co(0.3).o3(20.0).o3_8h(20.0);
    }
}
