package org.lantian.warning.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lantian.warning.rules.ProposalDecision;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Stages run in order; the first suppression ends the run. */
public final class Stages {

    /**
     * Where a run ended.
     *
     * @param candidate as the last stage that ran left it (before the suppression, if any)
     * @param suppressed which stage stopped the proposal and why; empty when every stage let it through
     */
    public record Result(Candidate candidate, Optional<Outcome.Suppressed> suppressed) {

        /** The proposal, when the policy made one and no stage stopped it. */
        public Optional<ProposalDecision> proposal() {
            return suppressed.isPresent() ? Optional.empty() : Optional.ofNullable(candidate.decision());
        }
    }

    private final List<ProposalStage> stages;

    public Stages(List<ProposalStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** These stages, then {@code last}. */
    public Stages then(ProposalStage last) {
        List<ProposalStage> all = new ArrayList<>(stages);
        all.add(last);
        return new Stages(all);
    }

    public List<String> names() {
        return stages.stream().map(ProposalStage::name).toList();
    }

    public Uni<Result> run(SqlConnection db, Candidate start) {
        return from(0, db, start);
    }

    private Uni<Result> from(int index, SqlConnection db, Candidate c) {
        if (index == stages.size()) {
            return Uni.createFrom().item(new Result(c, Optional.empty()));
        }
        return stages.get(index).apply(db, c).chain(outcome -> outcome instanceof Outcome.Next next
                ? from(index + 1, db, next.candidate())
                : Uni.createFrom().item(new Result(c, Optional.of((Outcome.Suppressed) outcome))));
    }
}
