package org.lantian.warning.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lantian.warning.rules.WarningLevel;

import io.smallrye.mutiny.Uni;

/** The merge stage adds the region's state to the candidate; it never stops a proposal. */
class MergeStageTest {

    private final Candidate evaluated = Fixtures.forecastCandidate(Fixtures.forecast(48, 210))
            .withEvaluation(Fixtures.given(WarningLevel.ORANGE));

    @Test
    void theRegionsStateJoinsTheCandidate() {
        RegionState found = Fixtures.state(WarningLevel.YELLOW, WarningLevel.YELLOW, "P-141025-1-ORANGE", WarningLevel.ORANGE);
        MergeStage stage = new MergeStage((db, region, at) -> Uni.createFrom().item(found));

        Outcome outcome = stage.apply(null, evaluated).await().indefinitely();

        Candidate merged = ((Outcome.Next) outcome).candidate();
        assertThat(merged.state()).isEqualTo(found);
        assertThat(merged.current()).isEqualTo(WarningLevel.YELLOW);
        assertThat(merged.evaluation()).isEqualTo(evaluated.evaluation());
    }

    @Test
    void theStateIsReadForTheCandidatesRegionAtTheRunsTime() {
        List<String> regions = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        MergeStage stage = new MergeStage((db, region, at) -> {
            regions.add(region);
            times.add(at);
            return Uni.createFrom().item(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE));
        });

        stage.apply(null, evaluated).await().indefinitely();

        assertThat(regions).containsExactly("141025");
        assertThat(times).containsExactly(Instant.parse("2020-01-09T16:00:00Z"));
    }

    @Test
    void aRegionAlreadyAtTheEvaluatedLevelStillGoesOnForTheLaterStagesToJudge() {
        MergeStage stage = new MergeStage((db, region, at) ->
                Uni.createFrom().item(Fixtures.state(WarningLevel.ORANGE, WarningLevel.NONE)));

        Outcome outcome = stage.apply(null, evaluated).await().indefinitely();

        assertThat(outcome).isInstanceOf(Outcome.Next.class);
    }
}
