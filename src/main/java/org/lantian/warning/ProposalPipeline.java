package org.lantian.warning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lantian.platform.Json;
import org.lantian.platform.outbox.Outbox;
import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.Period;
import org.lantian.warning.rules.ProposalDecision;
import org.lantian.warning.rules.ProposalPolicy;
import org.lantian.warning.rules.RuleSet;
import org.lantian.warning.rules.WarningEvaluator;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * From a forecast to a proposal, in stages with one shape (in the spirit of
 * Alertmanager's notification pipeline): evaluate → merge with the region's
 * state → apply the floor (city level and regional floors) → suppress repeats
 * and early downgrades (ProposalPolicy) → emit. The dry run stops before
 * emitting; everything before it is the same code.
 */
@ApplicationScoped
public class ProposalPipeline {

    private static final Logger LOG = Logger.getLogger(ProposalPipeline.class);

    /** What the stages know so far. */
    public record Candidate(String regionCode, RuleSet ruleSet, List<Period> periods, String trigger, Instant now,
                            Evaluation evaluation, WarningLevel current, WarningLevel floor,
                            Optional<OpenProposal> open, Optional<ProposalDecision> decision) {

        Candidate with(Evaluation e) {
            return new Candidate(regionCode, ruleSet, periods, trigger, now, e, current, floor, open, decision);
        }

        Candidate with(WarningLevel current, WarningLevel floor, Optional<OpenProposal> open) {
            return new Candidate(regionCode, ruleSet, periods, trigger, now, evaluation, current, floor, open, decision);
        }

        Candidate with(Optional<ProposalDecision> d) {
            return new Candidate(regionCode, ruleSet, periods, trigger, now, evaluation, current, floor, open, d);
        }
    }

    public record OpenProposal(String id, WarningLevel level) {
    }

    private final Pool pool;
    private final EffectiveLevels effective;
    private final WarningSettings settings;
    private final Outbox outbox;
    @jakarta.inject.Inject
    WarningEvents warningEvents;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final ListAdequacy adequacy;

    ProposalPipeline(Pool pool, EffectiveLevels effective, WarningSettings settings, Outbox outbox, ObjectMapper mapper,
                     MeterRegistry registry, ListAdequacy adequacy) {
        this.pool = pool;
        this.effective = effective;
        this.settings = settings;
        this.outbox = outbox;
        this.mapper = mapper;
        this.registry = registry;
        this.adequacy = adequacy;
    }

    /** The dry run: every stage but emit, no side effect. */
    public Uni<Candidate> dryRun(String region, RuleSet set, List<Period> periods) {
        Candidate start = new Candidate(region, set, periods, "dry-run", Instant.now(), null, null, null, Optional.empty(),
                Optional.empty());
        return pool.withConnection(c -> decide(c, evaluate(start)));
    }

    /** The real run: as the dry run, then the proposal is stored and announced in the same transaction. */
    public Uni<Candidate> run(String region, RuleSet set, List<Period> periods, String trigger) {
        Candidate start = new Candidate(region, set, periods, trigger, Instant.now(), null, null, null, Optional.empty(),
                Optional.empty());
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT pg_advisory_xact_lock(7237, hashtext($1))")
                        .execute(Tuple.of(region))
                        .chain(() -> decide(tx, evaluate(start)))
                        .call(c -> emit(tx, c)))
                .invoke(c -> c.decision().ifPresent(d -> outbox.wake()));
    }

    /** The observed trigger: its own evaluation, then the same stages; only when the region has no warning in force. */
    public Uni<Candidate> runObserved(String region, RuleSet set, Evaluation evaluation, String trigger) {
        return runWith(region, set, evaluation, trigger, true);
    }

    /** A regional warning in PROPOSAL mode: propose its level where the region is below it. */
    public Uni<Candidate> runFloor(String region, RuleSet set, Evaluation evaluation, String trigger) {
        return runWith(region, set, evaluation, trigger, false);
    }

    private Uni<Candidate> runWith(String region, RuleSet set, Evaluation evaluation, String trigger, boolean onlyWithoutWarning) {
        Candidate start = new Candidate(region, set, List.of(), trigger, Instant.now(), evaluation, null, null,
                Optional.empty(), Optional.empty());
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT pg_advisory_xact_lock(7237, hashtext($1))")
                        .execute(Tuple.of(region))
                        .chain(() -> decide(tx, start))
                        .map(c -> !onlyWithoutWarning || c.current() == WarningLevel.NONE ? c
                                : c.with(Optional.<ProposalDecision>empty()))
                        .call(c -> emit(tx, c)))
                .invoke(c -> c.decision().ifPresent(d -> outbox.wake()));
    }

    private static Candidate evaluate(Candidate c) {
        return c.with(WarningEvaluator.evaluate(c.ruleSet(), c.periods()));
    }

    private Uni<Candidate> decide(SqlConnection c, Candidate candidate) {
        return mergeState(c, candidate).map(this::suppress);
    }

    private Uni<Candidate> mergeState(SqlConnection c, Candidate candidate) {
        OffsetDateTime now = candidate.now().atOffset(ZoneOffset.UTC);
        return c.preparedQuery("SELECT level FROM effective_level WHERE region_code = $1").execute(Tuple.of(candidate.regionCode()))
                .map(rows -> rows.iterator().hasNext() ? WarningLevel.valueOf(rows.iterator().next().getString(0)) : WarningLevel.NONE)
                .chain(current -> effective.floorFor(c, candidate.regionCode(), now)
                        .chain(floor -> c.preparedQuery("SELECT id, level FROM warning_proposal WHERE region_code = $1 AND status = 'OPEN'")
                                .execute(Tuple.of(candidate.regionCode()))
                                .map(rows -> {
                                    Optional<OpenProposal> open = Optional.empty();
                                    for (Row r : rows) {
                                        open = Optional.of(new OpenProposal(r.getString(0), WarningLevel.valueOf(r.getString(1))));
                                    }
                                    return candidate.with(current, floor, open);
                                })));
    }

    /** The floor stage and the policy: never propose below what the city and the floors already impose. */
    private Candidate suppress(Candidate c) {
        Evaluation e = c.evaluation();
        if (e.level().isLowerThan(c.floor())) {
            e = new Evaluation(e.ruleSetId(), c.floor(), e.reasons(), e.cause(), e.mandatory());
        }
        Optional<ProposalDecision> decision = new ProposalPolicy(settings.downgradeHold())
                .decide(c.ruleSet(), c.current(), c.open().map(OpenProposal::level), e, c.periods(),
                        ForecastPeriods.holdStart(c.periods(), c.now()));
        return c.with(decision);
    }

    private Uni<Void> emit(SqlConnection tx, Candidate c) {
        if (c.decision().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return adequacy.at(tx, c.regionCode(), c.decision().get().level()).chain(check -> emit(tx, c, check.orElse(null)));
    }

    private Uni<Void> emit(SqlConnection tx, Candidate c, Map<String, Object> adequacyCheck) {
        ProposalDecision d = c.decision().get();
        String id = "P-" + c.regionCode() + "-" + c.now().getEpochSecond() + "-" + d.level();
        OffsetDateTime at = OffsetDateTime.now();
        OffsetDateTime from = d.reasons().isEmpty() ? at : d.reasons().get(0).run().from().atOffset(ZoneOffset.UTC);
        List<WarningEvent> events = new ArrayList<>();
        c.open().ifPresent(o -> events.add(new WarningEvent("proposal:" + o.id() + ":superseded", o.id(), "SUPERSEDED",
                c.regionCode(), o.level(), c.current(), at, c.ruleSet().id(), List.of("superseded by " + id), "system", at,
                Map.of("proposalId", o.id()))));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("proposalId", id);
        extra.put("kind", d.kind().name());
        extra.put("mandatory", c.evaluation().mandatory());
        extra.put("cause", c.evaluation().cause());
        extra.put("trigger", c.trigger());
        if (adequacyCheck != null) {
            extra.put("adequacy", adequacyCheck);
        }
        events.add(new WarningEvent("proposal:" + id, id, "PROPOSED", c.regionCode(), d.level(), c.current(), from,
                c.ruleSet().id(), d.reasons(), "system", at, extra));
        LOG.infof("Proposal %s: %s %s → %s (%s)", id, c.regionCode(), c.current(), d.level(), c.trigger());
        registry.counter("aq.warning.proposals", "kind", d.kind().name()).increment();
        Uni<Void> supersede = c.open().isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("UPDATE warning_proposal SET status = 'SUPERSEDED', closed_at = now() WHERE id = $1")
                        .execute(Tuple.of(c.open().get().id())).replaceWithVoid();
        return supersede
                .chain(() -> tx.preparedQuery("""
                                INSERT INTO warning_proposal (id, region_code, level, previous_level, kind, rule_set, cause,
                                                              mandatory, reasons, trigger, status, adequacy)
                                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, 'OPEN', $11::text::jsonb)
                                ON CONFLICT (id) DO NOTHING
                                """)
                        .execute(Tuple.tuple().addString(id).addString(c.regionCode()).addString(d.level().name())
                                .addString(c.current().name()).addString(d.kind().name()).addString(c.ruleSet().id())
                                .addString(c.evaluation().cause()).addBoolean(c.evaluation().mandatory())
                                .addString(json(d.reasons())).addString(c.trigger())
                                .addString(adequacyCheck == null ? null : json(adequacyCheck))))
                .chain(() -> warningEvents.publish(tx, events));
    }

    private String json(Object value) {
        return Json.write(mapper, value);
    }
}
