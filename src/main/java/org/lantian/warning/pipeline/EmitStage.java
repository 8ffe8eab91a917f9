package org.lantian.warning.pipeline;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.lantian.eventlog.EventType;
import org.lantian.warning.AdequacySummary;
import org.lantian.warning.WarningEvent;
import org.lantian.warning.rules.ProposalDecision;
import org.lantian.warning.rules.WarningLevel;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The policy's proposal stored and announced: it supersedes the open one (SUPERSEDED), then
 * PROPOSED, with the reduction list's adequacy at the level. Last stage; the dry run stops before it.
 */
public final class EmitStage implements ProposalStage {

    public static final String NAME = "emit";
    private static final Logger LOG = Logger.getLogger(EmitStage.class);

    /** Whether the active reduction list cuts enough at a level ({@code ListAdequacy} in the service). */
    @FunctionalInterface
    public interface AdequacyCheck {
        Uni<Optional<AdequacySummary>> at(SqlClient db, String region, WarningLevel level);
    }

    private final AdequacyCheck adequacy;
    private final ProposalStore store;
    private final MeterRegistry registry;

    public EmitStage(AdequacyCheck adequacy, ProposalStore store, MeterRegistry registry) {
        this.adequacy = adequacy;
        this.store = store;
        this.registry = registry;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<Outcome> apply(SqlConnection db, Candidate c) {
        ProposalDecision d = c.decision();
        return adequacy.at(db, c.regionCode(), d.level())
                .map(check -> proposal(c, d, check.orElse(null)))
                .call(p -> store.store(db, p))
                .invoke(p -> {
                    LOG.infof("Proposal %s: %s %s → %s (%s)", p.id(), c.regionCode(), c.current(), d.level(), c.trigger().cause());
                    registry.counter("aq.warning.proposals", "kind", d.kind().name()).increment();
                })
                .replaceWith(Outcome.next(c));
    }

    private static ProposalStore.Proposal proposal(Candidate c, ProposalDecision d, AdequacySummary adequacyCheck) {
        String id = "P-" + c.regionCode() + "-" + c.now().getEpochSecond() + "-" + d.level();
        OffsetDateTime at = c.now().atOffset(ZoneOffset.UTC);
        OffsetDateTime from = d.reasons().isEmpty() ? at : d.reasons().get(0).run().from().atOffset(ZoneOffset.UTC);
        Optional<RegionState.OpenProposal> open = c.state().open();
        List<WarningEvent> events = new ArrayList<>();
        open.ifPresent(o -> events.add(new WarningEvent("proposal:" + o.id() + ":superseded", o.id(), EventType.SUPERSEDED,
                c.regionCode(), o.level(), c.current(), at, c.ruleSet().id(), List.of("superseded by " + id), "system", at,
                Map.of("proposalId", o.id()))));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("proposalId", id);
        extra.put("kind", d.kind().name());
        extra.put("mandatory", c.floored().mandatory());
        extra.put("cause", c.floored().cause());
        extra.put("trigger", c.trigger().cause());
        if (adequacyCheck != null) {
            extra.put("adequacy", adequacyCheck);
        }
        events.add(new WarningEvent("proposal:" + id, id, EventType.PROPOSED, c.regionCode(), d.level(), c.current(), from,
                c.ruleSet().id(), d.reasons(), "system", at, extra));
        return new ProposalStore.Proposal(id, c.regionCode(), d.level(), c.current(), d.kind(), c.ruleSet().id(),
                c.floored().cause(), c.floored().mandatory(), d.reasons(), c.trigger().cause(), adequacyCheck,
                open.map(RegionState.OpenProposal::id), events);
    }
}
