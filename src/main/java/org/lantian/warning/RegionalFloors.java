package org.lantian.warning;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lantian.monitoring.MonitoringReferenceData;
import org.lantian.platform.ingest.BatchIngestor;
import org.lantian.platform.ingest.IngestSupport;
import org.lantian.platform.failure.RecordRejected;
import org.lantian.platform.ingest.StoreOutcome;
import org.lantian.platform.ingest.StoreResult;
import org.lantian.platform.kafka.DeadLetterPublisher;
import org.lantian.platform.kafka.RecordSchemas;
import org.lantian.eventlog.EventChain;
import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.Json;
import org.lantian.platform.outbox.Outbox;
import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.Reason;
import org.lantian.warning.rules.RuleSet;
import org.lantian.warning.rules.Run;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Consumes {@code aq.warning.regional.v1}: each regional warning is stored as a
 * floor (a re-sent warning id replaces it; level NONE ends it) and, in the
 * default AUTOMATIC mode, raises the effective level of the Linfen regions it
 * names (naming the city names every county) in the same transaction.
 */
@Singleton
public class RegionalFloors extends BatchIngestor<RegionalWarning> {

    public static final String CHANNEL = "regional-warnings";
    public static final String TOPIC = "aq.warning.regional.v1";
    private static final Logger LOG = Logger.getLogger(RegionalFloors.class);

    /** Business time (tests move it through an alternative Clock). */
    @jakarta.inject.Inject
    java.time.Clock clock;
    private final Pool pool;
    private final EffectiveLevels effective;
    private final MonitoringReferenceData regions;
    private final WarningSettings settings;
    private final Outbox outbox;
    @jakarta.inject.Inject
    WarningEvents warningEvents;
    private final ObjectMapper mapper;
    private final ProposalPipeline pipeline;
    private final WarningRuleSets ruleSets;
    private final EventLog log;

    RegionalFloors(IngestSupport support, Pool pool, EffectiveLevels effective, MonitoringReferenceData regions, WarningSettings settings, Outbox outbox,
                   ProposalPipeline pipeline, WarningRuleSets ruleSets, EventLog log) {
        super(support, "warning", CHANNEL, TOPIC, RegionalWarning.class);
        this.log = log;
        this.pool = pool;
        this.effective = effective;
        this.regions = regions;
        this.settings = settings;
        this.outbox = outbox;
        this.mapper = support.mapper();
        this.pipeline = pipeline;
        this.ruleSets = ruleSets;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return ingest(records);
    }

    @Override
    protected void check(RegionalWarning w, String key) {
        if (w.effectiveTo() != null && !w.effectiveTo().isAfter(w.effectiveFrom())) {
            throw new RecordRejected("invalid-period", "effectiveTo", "effectiveTo must be after effectiveFrom");
        }
    }

    @Override
    protected Uni<StoreResult<RegionalWarning>> store(List<RegionalWarning> accepted) {
        return Multi.createFrom().iterable(accepted)
                .onItem().transformToUniAndConcatenate(w -> pool.withTransaction(tx -> apply(tx, w)).chain(() -> propose(w)))
                .collect().asList()
                .invoke(outbox::wake)
                .map(list -> StoreResult.of(new StoreOutcome(list.size(), 0, 0)));
    }

    /** Logged on receipt; the id covers the content, so a redelivery logs nothing and a changed re-send logs again. */
    private LogEvent received(RegionalWarning w, boolean automatic) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("level", w.level());
        payload.put("regions", w.regions());
        payload.put("effectiveFrom", w.effectiveFrom() == null ? null : w.effectiveFrom().toString());
        payload.put("effectiveTo", w.effectiveTo() == null ? null : w.effectiveTo().toString());
        payload.put("reason", w.reason());
        payload.put("appliedAsFloor", automatic);
        String digest = EventChain.sha256(Json.write(mapper, payload)).substring(0, 16);
        return log.event("regional:" + w.warningId() + ":" + digest, EventType.REGIONAL_WARNING_RECEIVED, w.regionCode(),
                w.warningId(), null, null, w.issuedBy(), payload);
    }

    private Uni<Void> apply(SqlConnection tx, RegionalWarning w) {
        boolean automatic = settings.floorMode() == WarningSettings.FloorMode.AUTOMATIC;
        Set<String> ours = covered(w.regions());
        LOG.infof("Regional warning %s from %s: %s for %s (%s)", w.warningId(), w.regionCode(), w.level(), ours,
                automatic ? "applied as a floor" : "recorded; proposals only");
        // received_at = now(): when the message was stored, a technical stamp; the floor's time is effective_from/to
        return tx.preparedQuery("""
                        INSERT INTO regional_floor (id, issuing_region, level, regions, effective_from, effective_to,
                                                    issued_by, reason, automatic)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                        ON CONFLICT (id) DO UPDATE SET level = EXCLUDED.level, regions = EXCLUDED.regions,
                            effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to,
                            reason = EXCLUDED.reason, automatic = EXCLUDED.automatic, received_at = now()
                        """)
                .execute(Tuple.tuple().addString(w.warningId()).addString(w.regionCode()).addString(w.level())
                        .addArrayOfString(w.regions().toArray(new String[0])).addOffsetDateTime(w.effectiveFrom())
                        .addOffsetDateTime(w.effectiveTo()).addString(w.issuedBy()).addString(w.reason())
                        .addBoolean(automatic))
                .chain(() -> ours.isEmpty() ? Uni.createFrom().item(new EffectiveLevels.Recomputed(List.of(), List.of()))
                        : effective.recompute(tx, ours, OffsetDateTime.now(clock), w.issuedBy(), w.warningId()))
                .chain(changes -> warningEvents.publish(tx, List.of(received(w, automatic)), changes));
    }

    /** In PROPOSAL mode a regional warning proposes its level to each region it covers instead of raising it. */
    private Uni<Void> propose(RegionalWarning w) {
        if (settings.floorMode() == WarningSettings.FloorMode.AUTOMATIC || "NONE".equals(w.level())) {
            return Uni.createFrom().voidItem();
        }
        WarningLevel level = WarningLevel.valueOf(w.level());
        return Multi.createFrom().iterable(covered(w.regions()))
                .onItem().transformToUniAndConcatenate(region -> {
                    RuleSet set = ruleSets.forRegion(region);
                    Reason reason = new Reason(level, "regional warning " + w.warningId() + " from " + w.issuedBy(),
                            new Run(w.effectiveFrom().toInstant(), w.effectiveTo() == null ? w.effectiveFrom().toInstant()
                                    : w.effectiveTo().toInstant(), 0, 0), set.id());
                    return pipeline.runFloor(region, set, new Evaluation(set.id(), level, List.of(reason), null, true),
                            "regional warning " + w.warningId());
                })
                .collect().asList().replaceWithVoid();
    }

    /** The Linfen regions a regional warning covers: those it names, and every county when it names the city. */
    private Set<String> covered(List<String> named) {
        Set<String> ours = new LinkedHashSet<>();
        for (String code : named) {
            if (!regions.regions().contains(code)) {
                continue;
            }
            ours.add(code);
            if (regions.regions().attribute(code).isEmpty()) {
                regions.regions().codes().stream()
                        .filter(c -> regions.regions().attribute(c).map(code::equals).orElse(false))
                        .forEach(ours::add);
            }
        }
        return ours;
    }

}
