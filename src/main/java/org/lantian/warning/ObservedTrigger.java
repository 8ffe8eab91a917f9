package org.lantian.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lantian.monitoring.RegionQueries;
import org.lantian.platform.ingest.IngestSupport;
import org.lantian.warning.rules.Evaluation;
import org.lantian.warning.rules.Reason;
import org.lantian.warning.rules.RuleSet;
import org.lantian.warning.rules.Run;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * The observed trigger: when a region's published hourly AQI has been above the
 * threshold for the configured consecutive hours (default 3 h above 200) and the
 * region has no warning, propose the configured level through the same
 * pipeline (floor, suppression of repeats, emit) as forecasts.
 */
@Singleton
public class ObservedTrigger {

    public static final String CHANNEL = "warning-region-aqi";
    private static final String TOPIC = "aq.monitoring.region-aqi.v1";
    private static final Logger LOG = Logger.getLogger(ObservedTrigger.class);

    private final RegionQueries regions;
    private final ProposalPipeline pipeline;
    private final WarningRuleSets ruleSets;
    private final WarningSettings settings;
    private final IngestSupport support;
    private final Clock clock;

    ObservedTrigger(RegionQueries regions, ProposalPipeline pipeline, WarningRuleSets ruleSets, WarningSettings settings, IngestSupport support,
                    Clock clock) {
        this.regions = regions;
        this.support = support;
        this.clock = clock;
        this.pipeline = pipeline;
        this.ruleSets = ruleSets;
        this.settings = settings;
    }

    @Incoming(CHANNEL)
    public Uni<Void> onRegionAqi(ConsumerRecord<String, byte[]> record) {
        if (!settings.observed().enabled()) {
            // still through the tracking: a consumer's position is what others (Backlog) know it by
            return support.processOne("warning", CHANNEL, record, r -> Uni.createFrom().voidItem());
        }
        // transient failures retried for as long as they last; an unreadable or refused hour goes to the DLQ
        return support.processOne("warning", CHANNEL, record, this::evaluate);
    }

    private Uni<Void> evaluate(ConsumerRecord<String, byte[]> record) {
        WarningSettings.Observed observed = settings.observed();
        support.requireWithinLimit(record.value());
        JsonNode hour = support.schemas().parse(TOPIC, record.value());
        if (!hour.hasNonNull("aqi") || hour.get("aqi").asInt() <= observed.aqiAbove()) {
            return Uni.createFrom().voidItem();
        }
        String region = hour.get("regionCode").asText();
        Instant end = OffsetDateTime.parse(hour.get("hour").asText()).toInstant();
        if (end.isBefore(clock.instant().minus(observed.maxAge()))) {
            return Uni.createFrom().voidItem();
        }
        Instant start = end.minusSeconds(3600L * observed.hours());
        return regions.hourlyAqi(region, start, end)
                .chain(hours -> {
                    int above = 0;
                    int max = 0;
                    for (RegionQueries.HourAqi h : hours) {
                        Integer aqi = h.aqi();
                        if (aqi != null && aqi > observed.aqiAbove()) {
                            above++;
                            max = Math.max(max, aqi);
                        }
                    }
                    if (above < observed.hours()) {
                        return Uni.createFrom().voidItem();
                    }
                    RuleSet set = ruleSets.forRegion(region);
                    Reason reason = new Reason(observed.level(), "observed AQI > " + observed.aqiAbove() + " for ≥ "
                            + observed.hours() + " h", new Run(start, end, observed.hours(), max), set.id());
                    Evaluation evaluation = new Evaluation(set.id(), observed.level(), List.of(reason),
                            hour.path("primaryPollutants").path(0).asText(null), true);
                    LOG.infof("Observed trigger for %s: %d h above %d up to %s", region, above, observed.aqiAbove(), end);
                    return pipeline.runObserved(region, set, evaluation, "observed " + observed.hours() + " h above "
                            + observed.aqiAbove() + " up to " + hour.get("hour").asText()).replaceWithVoid();
                });
    }
}
