package org.lantian.warning.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.warning.EffectiveLevels;
import org.lantian.warning.rules.WarningLevel;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** A region's state from {@code effective_level}, the floors in force and {@code warning_proposal}. */
@ApplicationScoped
public class StoredRegionStates implements RegionStates {

    private final EffectiveLevels effective;

    StoredRegionStates(EffectiveLevels effective) {
        this.effective = effective;
    }

    @Override
    public Uni<RegionState> at(SqlConnection db, String region, Instant at) {
        return db.preparedQuery("SELECT level FROM effective_level WHERE region_code = $1").execute(Tuple.of(region))
                .map(rows -> rows.iterator().hasNext() ? WarningLevel.valueOf(rows.iterator().next().getString(0)) : WarningLevel.NONE)
                .chain(current -> effective.floorFor(db, region, at.atOffset(ZoneOffset.UTC))
                        .chain(floor -> db.preparedQuery("SELECT id, level FROM warning_proposal WHERE region_code = $1 AND status = 'OPEN'")
                                .execute(Tuple.of(region))
                                .map(rows -> {
                                    Optional<RegionState.OpenProposal> open = Optional.empty();
                                    for (Row r : rows) {
                                        open = Optional.of(new RegionState.OpenProposal(r.getString(0), WarningLevel.valueOf(r.getString(1))));
                                    }
                                    return new RegionState(current, floor, open);
                                })));
    }
}
