package org.lantian.reduction.list;

import java.util.Map;

/** Amounts of the four pollutants in tonnes per year (baseline emissions, or a cut expressed per year). */
public record Emissions(double so2, double nox, double pm, double vocs) {

    public static final Emissions ZERO = new Emissions(0, 0, 0, 0);

    public Emissions {
        check(so2, "so2");
        check(nox, "nox");
        check(pm, "pm");
        check(vocs, "vocs");
    }

    private static void check(double v, String name) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(name + " must be a finite number ≥ 0, was " + v);
        }
    }

    public static Emissions of(Map<Pollutant, Double> values) {
        return new Emissions(values.getOrDefault(Pollutant.SO2, 0.0), values.getOrDefault(Pollutant.NOX, 0.0),
                values.getOrDefault(Pollutant.PM, 0.0), values.getOrDefault(Pollutant.VOCS, 0.0));
    }

    public double get(Pollutant p) {
        return switch (p) {
            case SO2 -> so2;
            case NOX -> nox;
            case PM -> pm;
            case VOCS -> vocs;
        };
    }

    public Emissions plus(Emissions o) {
        return new Emissions(so2 + o.so2, nox + o.nox, pm + o.pm, vocs + o.vocs);
    }
}
