package org.lantian.warning;

import java.time.Clock;
import java.util.List;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lantian.monitoring.Forecast;
import org.lantian.monitoring.ForecastChecks;
import org.lantian.warning.rules.Period;
import org.lantian.platform.ingest.IngestSupport;
import org.lantian.platform.failure.RecordRejected;
import org.lantian.platform.kafka.RecordSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    private final WarningRuleSets ruleSets;
    private final ProposalPipeline pipeline;
    private final ForecastChecks checks;
    private final ObjectMapper mapper;
    private final IngestSupport support;
    private final Clock clock;

    ForecastWarnings(IngestSupport support, WarningRuleSets ruleSets, ProposalPipeline pipeline, ForecastChecks checks,
                     Clock clock) {
        this.support = support;
        this.schemas = support.schemas();
        this.clock = clock;
        this.ruleSets = ruleSets;
        this.pipeline = pipeline;
        this.checks = checks;
        this.mapper = support.mapper();
    }

    @Incoming(CHANNEL)
    public Uni<Void> onForecast(ConsumerRecord<String, byte[]> record) {
        JsonNode forecast;
        List<Period> periods;
        try {
            // exactly the checks monitoring applies before storing: what it refuses (and dead-letters), we ignore
            support.requireWithinLimit(record.value());
            forecast = schemas.parse(TOPIC, record.value());
            checks.validate(mapper.treeToValue(forecast, Forecast.class));
            periods = ForecastPeriods.periods(forecast.get("periods"));
        } catch (RecordRejected | IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.debugf("Ignoring forecast %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Uni.createFrom().voidItem();
        } catch (RuntimeException e) {
            // a bug must not stop the channel (failure-strategy=fail): the monitoring ingestor keeps the record or its DLQ copy
            LOG.errorf(e, "Ignoring forecast %s-%d@%d that could not be read", record.topic(), record.partition(), record.offset());
            return Uni.createFrom().voidItem();
        }
        String region = forecast.get("regionCode").asText();
        if (periods.stream().allMatch(p -> !p.to().isAfter(clock.instant()))) {
            // a replayed or late forecast about the past proposes nothing
            return Uni.createFrom().voidItem();
        }
        // transient failures retried for as long as they last; a forecast the database refuses goes to the DLQ
        String cause = "forecast issued " + forecast.get("issuedAt").asText();
        return support.processOne("warning", CHANNEL, record, r -> pipeline.run(region, ruleSets.forRegion(region), periods, cause));
    }
}
