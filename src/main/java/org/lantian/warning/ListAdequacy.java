package org.lantian.warning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public Uni<Optional<Map<String, Object>>> at(SqlClient client, String region, WarningLevel level) {
        if (level == WarningLevel.NONE || level == WarningLevel.BLUE) {
            return Uni.createFrom().item(Optional.empty());
        }
        return lists.current(client).map(active -> {
            Adequacy.Report report = Adequacy.check(active.list(), Set.of(region), Level.valueOf(level.name()), Optional.empty());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("listVersion", active.version());
            summary.put("level", level.name());
            summary.put("requiredPercent", report.requiredPercent());
            summary.put("meets", report.meets());
            summary.put("enterprises", report.enterprises());
            List<Map<String, Object>> pollutants = report.pollutants().stream().map(p -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("pollutant", p.pollutant().name());
                row.put("percent", Math.round(p.percent() * 100) / 100.0);
                row.put("meets", p.meets());
                row.put("shortfallTonnes", Math.round(p.shortfall() * 1000) / 1000.0);
                return row;
            }).toList();
            summary.put("pollutants", pollutants);
            return Optional.of(summary);
        });
    }
}
