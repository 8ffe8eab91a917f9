package org.lantian.reduction.list;

/**
 * An enterprise's stack-emission permit (排污许可): the permitted stack concentrations and its denitration type, which
 * compliance checks online stack monitoring against (optional CSV columns {@code permit_so2_mg_m3},
 * {@code permit_nox_mg_m3}, {@code permit_pm_mg_m3}, {@code denitration}; docs/reduction-list-csv.md).
 *
 * @param so2          permitted SO₂ concentration, mg/m³; null when the list gives none
 * @param nox          permitted NOx concentration, mg/m³; null when the list gives none
 * @param pm           permitted PM concentration, mg/m³; null when the list gives none
 * @param denitration  the denitration type; {@link Denitration#NONE} for no denitration or none given (null → NONE)
 */
public record Permit(Double so2, Double nox, Double pm, Denitration denitration) {

    /** Largest permitted concentration the list accepts, mg/m³ (a guard against unit mistakes, e.g. µg/m³). */
    public static final double MAX_MG_M3 = 10_000;

    /** No permit given. */
    public static final Permit NONE = new Permit(null, null, null, Denitration.NONE);

    public Permit {
        so2 = checked("so2", so2);
        nox = checked("nox", nox);
        pm = checked("pm", pm);
        denitration = denitration == null ? Denitration.NONE : denitration;
    }

    private static Double checked(String name, Double v) {
        if (v != null && !inRange(v)) {
            throw new IllegalArgumentException("permitted " + name + " concentration must be > 0 and ≤ " + MAX_MG_M3
                    + " mg/m³, was " + v);
        }
        return v;
    }

    /** True for a valid permitted concentration: finite, > 0 and ≤ {@link #MAX_MG_M3} mg/m³. */
    static boolean inRange(double v) {
        return Double.isFinite(v) && v > 0 && v <= MAX_MG_M3;
    }

    /** The permitted concentration of a pollutant, mg/m³: null for VOCs (not permitted by concentration here) or none given. */
    public Double of(Pollutant p) {
        return switch (p) {
            case SO2 -> so2;
            case NOX -> nox;
            case PM -> pm;
            case VOCS -> null;
        };
    }

    /**
     * The highest NH₃ slip (氨逃逸) allowed at the stack for the denitration type, mg/m³; null without denitration.
     * Plan task 8: NH₃ slip ≤ 2.5 mg/m³ for SCR, ≤ 8 mg/m³ for SNCR.
     */
    public Double nh3SlipLimit() {
        return switch (denitration) {
            case SCR -> 2.5;
            case SNCR -> 8.0;
            case NONE -> null;
        };
    }
}
