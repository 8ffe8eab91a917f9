package org.lantian.warning.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.lantian.warning.rules.ProposalDecision;
import org.lantian.warning.rules.ProposalKind;
import org.lantian.warning.rules.WarningLevel;

/** The stages run in order, each on what the previous one made; the first suppression ends the run. */
class StagesTest {

    private final List<String> ran = new ArrayList<>();

    private PureStage passing(String name, UnaryOperator<Candidate> change) {
        return new PureStage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Outcome decide(Candidate c) {
                ran.add(name);
                return Outcome.next(change.apply(c));
            }
        };
    }

    private PureStage stopping(String name, String reason) {
        return new PureStage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Outcome decide(Candidate c) {
                ran.add(name);
                return suppress(reason);
            }
        };
    }

    private final Candidate start = Fixtures.forecastCandidate(Fixtures.forecast(48, 210));
    private final ProposalDecision issue = new ProposalDecision(WarningLevel.ORANGE, ProposalKind.ISSUE, List.of());

    @Test
    void everyStageRunsInOrderOnThePreviousOnesCandidate() {
        Stages stages = new Stages(List.of(
                passing("a", c -> c.withState(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE))),
                passing("b", c -> c.withDecision(issue))));

        Stages.Result result = stages.run(null, start).await().indefinitely();

        assertThat(ran).containsExactly("a", "b");
        assertThat(result.suppressed()).isEmpty();
        assertThat(result.candidate().state()).isEqualTo(Fixtures.state(WarningLevel.NONE, WarningLevel.NONE));
        assertThat(result.proposal()).contains(issue);
    }

    @Test
    void theFirstSuppressionEndsTheRunAndKeepsTheCandidateBeforeIt() {
        Stages stages = new Stages(List.of(
                passing("a", c -> c.withDecision(issue)),
                stopping("b", "because"),
                passing("c", c -> c)));

        Stages.Result result = stages.run(null, start).await().indefinitely();

        assertThat(ran).containsExactly("a", "b");
        assertThat(result.suppressed()).contains(new Outcome.Suppressed("b", "because"));
        assertThat(result.candidate().decision()).isEqualTo(issue);
        assertThat(result.proposal()).as("a suppressed run proposes nothing").isEmpty();
    }

    @Test
    void thenAddsAStageAtTheEnd() {
        Stages deciding = new Stages(List.of(passing("a", c -> c)));

        assertThat(deciding.then(passing("emit", c -> c)).names()).containsExactly("a", "emit");
        assertThat(deciding.names()).containsExactly("a");
    }
}
