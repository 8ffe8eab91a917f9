package org.lantian.warning;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lantian.monitoring.MonitoringReferenceData;
import org.lantian.platform.ingest.RecordRejected;
import org.lantian.platform.kafka.RecordSchemas;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Runs the proposal pipeline on every forecast, in the warning service's own
 * consumer group (the monitoring ingestor stores and dead-letters forecasts;
 * here an invalid one is just skipped). Keyed by region: one consumer owns a
 * region's proposals. A redelivered forecast proposes nothing new.
 */
@Singleton
public class ForecastWarnings {

    public static final String CHANNEL = "warning-forecasts";
    private static final String TOPIC = "aq.monitoring.forecasts.v1";
    private static final Logger LOG = Logger.getLogger(ForecastWarnings.class);

    private final RecordSchemas schemas;
    private final MonitoringReferenceData regions;
    private final WarningRuleSets ruleSets;
    private final ProposalPipeline pipeline;

    ForecastWarnings(RecordSchemas schemas, MonitoringReferenceData regions, WarningRuleSets ruleSets, ProposalPipeline pipeline) {
        this.schemas = schemas;
        this.regions = regions;
        this.ruleSets = ruleSets;
        this.pipeline = pipeline;
    }

    @Incoming(CHANNEL)
    public Uni<Void> onForecast(ConsumerRecord<String, byte[]> record) {
        JsonNode forecast;
        try {
            forecast = schemas.parse(TOPIC, record.value());
        } catch (RecordRejected e) {
            return Uni.createFrom().voidItem();
        }
        String region = forecast.get("regionCode").asText();
        if (!regions.regions().contains(region)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> ForecastPeriods.periods(forecast.get("periods")))
                .chain(periods -> pipeline.run(region, ruleSets.forRegion(region), periods,
                        "forecast issued " + forecast.get("issuedAt").asText()))
                .onFailure().invoke(e -> LOG.warnf("Evaluating forecast for %s failed, retrying: %s", region, e))
                .onFailure().retry().withBackOff(java.time.Duration.ofMillis(200), java.time.Duration.ofSeconds(10)).atMost(20)
                .replaceWithVoid();
    }
}
