package org.lantian.reduction.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 10/20/30 % check (domain.md §4): do the list's expected cuts at a level reach the required share of the area's
 * total emission of each of SO₂, NOx, PM and VOCs?
 */
public final class Adequacy {

    /** Where a pollutant's total came from. */
    public enum TotalSource {
        /** The sum of the baseline emissions of the listed enterprises in the area. */
        LIST_BASELINES,
        /** The configured emission-inventory total for the area. */
        INVENTORY
    }

    /**
     * One pollutant's result.
     *
     * @param total           the area's total emission, t/yr
     * @param expectedCut     sum of the expected cuts at the level of the enterprises in the area, t/yr
     * @param percent         expectedCut / total × 100 (0 when the total is 0)
     * @param requiredPercent 10, 20 or 30
     * @param required        total × requiredPercent / 100, t/yr
     * @param meets           expectedCut ≥ required
     * @param shortfall       tonnes per year missing to meet the requirement (0 when it is met)
     */
    public record PollutantAdequacy(Pollutant pollutant, TotalSource totalSource, double total, double expectedCut,
                                    double percent, int requiredPercent, double required, boolean meets,
                                    double shortfall) {
    }

    /**
     * @param counties    the counties the check covers (region codes expanded: 141000 means all seventeen)
     * @param enterprises number of listed enterprises in those counties
     * @param meets       true when every pollutant meets the requirement
     */
    public record Report(Level level, Set<String> counties, int enterprises, int requiredPercent,
                         List<PollutantAdequacy> pollutants, boolean meets) {

        public PollutantAdequacy pollutant(Pollutant p) {
            return pollutants.stream().filter(a -> a.pollutant() == p).findFirst().orElseThrow();
        }
    }

    private static final double RELATIVE_TOLERANCE = 1e-9;

    private Adequacy() {
    }

    /**
     * Checks the list for an area and a level.
     *
     * @param list            the reduction list
     * @param regionCodes     county codes (141000 stands for all seventeen); must not be empty
     * @param level           the warning level
     * @param inventoryTotals area totals (t/yr) from the emission inventory; a pollutant present here replaces the
     *                        sum of the list's baselines, a pollutant absent falls back to it
     * @throws IllegalArgumentException for an unknown region code or a negative / non-finite inventory total
     */
    public static Report check(ReductionList list, Set<String> regionCodes, Level level,
                               Optional<Map<Pollutant, Double>> inventoryTotals) {
        Set<String> counties = LinfenCounties.expand(regionCodes);
        Map<Pollutant, Double> inventory = inventoryTotals.orElse(Map.of());
        List<EnterprisePlan> plans = list.inCounties(counties);
        Emissions baselines = plans.stream().map(p -> p.enterprise().annualEmissions()).reduce(Emissions.ZERO, Emissions::plus);
        Emissions cuts = plans.stream().map(p -> p.expectedCut(level)).reduce(Emissions.ZERO, Emissions::plus);
        int requiredPercent = level.requiredPercent();
        List<PollutantAdequacy> results = new ArrayList<>();
        for (Pollutant p : Pollutant.values()) {
            Double inv = inventory.get(p);
            if (inv != null && (!Double.isFinite(inv) || inv < 0)) {
                throw new IllegalArgumentException("inventory total for " + p + " must be a finite number ≥ 0, was " + inv);
            }
            TotalSource source = inv != null ? TotalSource.INVENTORY : TotalSource.LIST_BASELINES;
            double total = inv != null ? inv : baselines.get(p);
            double cut = cuts.get(p);
            double required = total * requiredPercent / 100.0;
            double percent = total == 0 ? 0 : cut / total * 100.0;
            boolean meets = cut + RELATIVE_TOLERANCE * Math.max(1.0, total) >= required;
            double shortfall = meets ? 0 : required - cut;
            results.add(new PollutantAdequacy(p, source, total, cut, percent, requiredPercent, required, meets, shortfall));
        }
        return new Report(level, counties, plans.size(), requiredPercent, List.copyOf(results),
                results.stream().allMatch(PollutantAdequacy::meets));
    }
}
