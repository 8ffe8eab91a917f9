package org.lantian.warning;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.reduction.ReductionLists;
import org.lantian.reduction.list.Adequacy;
import org.lantian.reduction.list.Level;
import org.lantian.warning.rules.WarningLevel;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Whether the active reduction list cuts enough at a level in a region (10/20/30 %
 * of SO₂, NOx, PM and VOCs): shown with every proposal and issue, and kept with
 * the warning. BLUE has no required cut.
 */
@ApplicationScoped
public class ListAdequacy {

    private final ReductionLists lists;

    ListAdequacy(ReductionLists lists) {
        this.lists = lists;
    }

    public Uni<Optional<AdequacySummary>> at(SqlClient client, String region, WarningLevel level) {
        if (level == WarningLevel.NONE || level == WarningLevel.BLUE) {
            return Uni.createFrom().item(Optional.empty());
        }
        return lists.current(client).map(active -> {
            Adequacy.Report report = Adequacy.check(active.list(), Set.of(region), Level.valueOf(level.name()), Optional.empty());
            List<AdequacySummary.PollutantCut> pollutants = report.pollutants().stream()
                    .map(p -> new AdequacySummary.PollutantCut(p.pollutant(), Math.round(p.percent() * 100) / 100.0, p.meets(),
                            Math.round(p.shortfall() * 1000) / 1000.0))
                    .toList();
            return Optional.of(new AdequacySummary(active.version(), level, report.requiredPercent(), report.meets(),
                    report.enterprises(), pollutants));
        });
    }
}
