package org.lantian.aqi;

import java.util.Locale;

/** The components of {@link AqiInput}, by their contract names, so the standards' data can refer to them. */
enum InputField {
    PM25("pm25"),
    PM10("pm10"),
    SO2("so2"),
    NO2("no2"),
    CO("co"),
    O3("o3"),
    O3_8H("o3_8h"),
    SO2_24H("so2_24h");

    private final String field;

    InputField(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    Double of(AqiInput input) {
        return switch (this) {
            case PM25 -> input.pm25();
            case PM10 -> input.pm10();
            case SO2 -> input.so2();
            case NO2 -> input.no2();
            case CO -> input.co();
            case O3 -> input.o3();
            case O3_8H -> input.o3_8h();
            case SO2_24H -> input.so2_24h();
        };
    }

    static InputField byField(String field) {
        for (InputField f : values()) {
            if (f.field.equals(field.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input field '" + field + "'");
    }
}
