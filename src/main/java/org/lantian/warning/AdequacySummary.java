package org.lantian.warning;

import java.util.List;

import org.lantian.reduction.list.Pollutant;
import org.lantian.warning.rules.WarningLevel;

/**
 * Whether the active reduction list cuts enough at a level in a region, as kept with a proposal and a warning
 * (jsonb {@code adequacy}) and carried in their events ({@code adequacy} of PROPOSED, ISSUED, ADJUSTED, LIFTED).
 *
 * @param listVersion     the reduction list checked
 * @param requiredPercent the cut the level requires of each pollutant (10/20/30 %)
 * @param meets           true when every pollutant meets it
 * @param enterprises     listed enterprises in the region
 */
public record AdequacySummary(int listVersion, WarningLevel level, int requiredPercent, boolean meets, int enterprises,
                              List<PollutantCut> pollutants) {

    /**
     * @param percent         the list's expected cut, % of the region's emissions (two decimals)
     * @param shortfallTonnes what is missing to meet the requirement, t/yr (three decimals; 0 when met)
     */
    public record PollutantCut(Pollutant pollutant, double percent, boolean meets, double shortfallTonnes) {
    }
}
