package org.lantian.warning.pipeline;

import java.time.Instant;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Where the merge stage finds a region's state; the database in the service, a fixed answer in tests. */
@FunctionalInterface
public interface RegionStates {

    Uni<RegionState> at(SqlConnection db, String region, Instant at);
}
