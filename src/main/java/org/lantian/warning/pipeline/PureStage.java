package org.lantian.warning.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** A stage that decides from the candidate alone: no database, no time but the candidate's. */
public interface PureStage extends ProposalStage {

    Outcome decide(Candidate c);

    @Override
    default Uni<Outcome> apply(SqlConnection db, Candidate c) {
        return Uni.createFrom().item(decide(c));
    }
}
