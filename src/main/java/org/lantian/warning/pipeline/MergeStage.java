package org.lantian.warning.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The region's state joins the candidate: its effective level, its floor and its open proposal,
 * read in the run's transaction (under the region's lock in a real run). Never suppresses: what
 * the state means for the proposal is for the floor and policy stages to say.
 */
public final class MergeStage implements ProposalStage {

    public static final String NAME = "merge";

    private final RegionStates states;

    public MergeStage(RegionStates states) {
        this.states = states;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<Outcome> apply(SqlConnection db, Candidate c) {
        return states.at(db, c.regionCode(), c.now()).map(state -> Outcome.next(c.withState(state)));
    }
}
