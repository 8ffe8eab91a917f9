package org.lantian.warning;

import org.lantian.platform.AdvisoryLock;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lantian.platform.outbox.Outbox;
import org.lantian.warning.pipeline.Candidate;
import org.lantian.warning.pipeline.EmitStage;
import org.lantian.warning.pipeline.EvaluateStage;
import org.lantian.warning.pipeline.FloorStage;
import org.lantian.warning.pipeline.MergeStage;
import org.lantian.warning.pipeline.Outcome;
import org.lantian.warning.pipeline.PolicyStage;
import org.lantian.warning.pipeline.ProposalStore;
import org.lantian.warning.pipeline.RegionStates;
import org.lantian.warning.pipeline.Stages;
import org.lantian.warning.pipeline.Trigger;
import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.Period;
import org.lantian.warning.rules.RuleSet;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * From a trigger to a proposal through stages of one type ({@code warning.pipeline}): evaluate →
 * merge with the region's state → floor → policy → emit. The first stage that stops the proposal
 * says why; that is logged, counted ({@code aq.warning.proposals.suppressed}, by stage) and shown by
 * the dry run, which is the same stages without emit.
 */
@ApplicationScoped
public class ProposalPipeline {

    private static final Logger LOG = Logger.getLogger(ProposalPipeline.class);
    /** One run at a time per region, whatever triggered it: merge reads what emit writes. */

    private final Pool pool;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Stages deciding;
    private final Stages proposing;

    ProposalPipeline(Pool pool, Outbox outbox, MeterRegistry registry, Clock clock, WarningSettings settings,
                     RegionStates states, ListAdequacy adequacy, ProposalStore store) {
        this.pool = pool;
        this.outbox = outbox;
        this.registry = registry;
        this.clock = clock;
        this.deciding = new Stages(List.of(new EvaluateStage(), new MergeStage(states), new FloorStage(),
                new PolicyStage(settings.downgradeHold())));
        this.proposing = deciding.then(new EmitStage(adequacy::at, store, registry));
    }

    /** The dry run: every stage but emit, no side effect. */
    public Uni<Stages.Result> dryRun(String region, RuleSet set, List<Period> periods) {
        Candidate start = Candidate.forecast(region, set, periods, Trigger.dryRun(), clock.instant());
        return pool.withConnection(db -> deciding.run(db, start))
                .invoke(r -> r.suppressed().ifPresent(s -> LOG.debugf("Dry run for %s: %s", region, s)));
    }

    /** A forecast: as the dry run, then the proposal is stored and announced in the same transaction. */
    public Uni<Stages.Result> run(String region, RuleSet set, List<Period> periods, String trigger) {
        return propose(Candidate.forecast(region, set, periods, Trigger.forecast(trigger), clock.instant()));
    }

    /** The observed trigger: its own evaluation, then the same stages; proposes only where no warning is in force. */
    public Uni<Stages.Result> runObserved(String region, RuleSet set, Evaluation evaluation, String trigger) {
        return propose(Candidate.evaluated(region, set, evaluation, Trigger.observed(trigger), clock.instant()));
    }

    /** A regional warning in PROPOSAL mode: propose its level where the region is below it. */
    public Uni<Stages.Result> runFloor(String region, RuleSet set, Evaluation evaluation, String trigger) {
        return propose(Candidate.evaluated(region, set, evaluation, Trigger.regionalWarning(trigger), clock.instant()));
    }

    private Uni<Stages.Result> propose(Candidate start) {
        return pool.withTransaction(tx -> tx.preparedQuery(AdvisoryLock.REGION_PROPOSALS.perSubject()).execute(Tuple.of(start.regionCode()))
                        .chain(() -> proposing.run(tx, start)))
                .invoke(this::committed);
    }

    private void committed(Stages.Result result) {
        if (result.proposal().isPresent()) {
            outbox.wake();
        }
        result.suppressed().ifPresent(s -> suppressed(result.candidate(), s));
    }

    private void suppressed(Candidate c, Outcome.Suppressed s) {
        LOG.infof("No proposal for %s (%s): stopped at %s: %s", c.regionCode(), c.trigger().cause(), s.stage(), s.reason());
        registry.counter("aq.warning.proposals.suppressed", "stage", s.stage()).increment();
    }
}
