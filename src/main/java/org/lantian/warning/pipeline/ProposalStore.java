package org.lantian.warning.pipeline;

import java.util.List;
import java.util.Optional;

import org.lantian.warning.AdequacySummary;
import org.lantian.warning.WarningEvent;
import org.lantian.warning.rules.ProposalKind;
import org.lantian.warning.rules.Reason;
import org.lantian.warning.rules.WarningLevel;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Where the emit stage puts a proposal; the database and the outbox in the service. */
@FunctionalInterface
public interface ProposalStore {

    /** Stored and announced in the caller's transaction. */
    Uni<Void> store(SqlConnection tx, Proposal proposal);

    /**
     * A proposal as stored and announced.
     *
     * @param supersedes the open proposal it replaces, if any
     * @param adequacy the reduction list's adequacy at the level; {@code null} where none is required
     * @param events SUPERSEDED (when it replaces one), then PROPOSED
     */
    record Proposal(String id, String regionCode, WarningLevel level, WarningLevel previousLevel, ProposalKind kind,
                    String ruleSet, String cause, boolean mandatory, List<Reason> reasons, String trigger,
                    AdequacySummary adequacy, Optional<String> supersedes, List<WarningEvent> events) {

        public Proposal {
            reasons = List.copyOf(reasons);
            events = List.copyOf(events);
        }
    }
}
