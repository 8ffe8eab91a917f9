package org.lantian.monitoring;

import org.lantian.platform.security.TenantDirectory;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lantian.platform.ingest.KnownCodes;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

/** Stations (with their region) and regions, cached for validation. */
@ApplicationScoped
public class MonitoringReferenceData implements TenantDirectory.Counties {

    private final KnownCodes stations;
    private final KnownCodes regions;

    MonitoringReferenceData(Pool pool) {
        this.stations = new KnownCodes(pool, "SELECT code, region_code FROM station WHERE active", Duration.ofSeconds(30));
        this.regions = new KnownCodes(pool, "SELECT code, parent_code FROM region", Duration.ofSeconds(30));
    }

    void onStart(@Observes StartupEvent event) {
        stations.load().await().atMost(Duration.ofSeconds(30));
        regions.load().await().atMost(Duration.ofSeconds(30));
    }

    public KnownCodes stations() {
        return stations;
    }

    @Override
    public boolean isCounty(String code) {
        return regions().attribute(code).isPresent();
    }

    public KnownCodes regions() {
        return regions;
    }
}
