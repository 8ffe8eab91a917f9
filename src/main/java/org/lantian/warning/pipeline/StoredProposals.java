package org.lantian.warning.pipeline;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.Json;
import org.lantian.warning.WarningEvents;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** A proposal into {@code warning_proposal} (the one it supersedes closed), its events to the outbox and event log. */
@ApplicationScoped
public class StoredProposals implements ProposalStore {

    private final WarningEvents events;
    private final ObjectMapper mapper;

    private final java.time.Clock clock;

    StoredProposals(WarningEvents events, ObjectMapper mapper, java.time.Clock clock) {
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Uni<Void> store(SqlConnection tx, Proposal p) {
        // created_at and closed_at are business time (what the timeline and the brief go by): the Clock's
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        Uni<Void> supersede = p.supersedes().isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("UPDATE warning_proposal SET status = 'SUPERSEDED', closed_at = $2 WHERE id = $1")
                        .execute(Tuple.of(p.supersedes().get(), now)).replaceWithVoid();
        return supersede
                .chain(() -> tx.preparedQuery("""
                                INSERT INTO warning_proposal (id, region_code, level, previous_level, kind, rule_set, cause,
                                                              mandatory, reasons, trigger, status, adequacy, created_at)
                                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, 'OPEN', $11::text::jsonb, $12)
                                ON CONFLICT (id) DO NOTHING
                                """)
                        .execute(Tuple.tuple().addString(p.id()).addString(p.regionCode()).addString(p.level().name())
                                .addString(p.previousLevel().name()).addString(p.kind().name()).addString(p.ruleSet())
                                .addString(p.cause()).addBoolean(p.mandatory())
                                .addString(Json.write(mapper, p.reasons())).addString(p.trigger())
                                .addString(p.adequacy() == null ? null : Json.write(mapper, p.adequacy())).addOffsetDateTime(now)))
                .chain(() -> events.publish(tx, p.events()));
    }
}
