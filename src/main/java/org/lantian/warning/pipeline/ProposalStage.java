package org.lantian.warning.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * One step from a trigger to a proposal. Stages that only read the candidate are {@link PureStage}s;
 * those that read or write the database get the run's connection (its transaction, in a real run).
 */
public interface ProposalStage {

    /** Short and stable: it names the stage in suppressions, the metric tag and the dry run. */
    String name();

    Uni<Outcome> apply(SqlConnection db, Candidate c);

    default Outcome suppress(String reason) {
        return new Outcome.Suppressed(name(), reason);
    }
}
