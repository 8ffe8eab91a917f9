package org.lantian.reduction;

import org.lantian.platform.security.TenantDirectory;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lantian.platform.ingest.KnownCodes;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

/** The registered enterprises (id → county), cached for validating telemetry and acknowledgements. */
@ApplicationScoped
public class EnterpriseDirectory implements TenantDirectory.Enterprises {

    private final KnownCodes ids;

    EnterpriseDirectory(Pool pool) {
        this.ids = new KnownCodes(pool, "SELECT id, county_code FROM enterprise", Duration.ofSeconds(30));
    }

    void onStart(@Observes StartupEvent event) {
        ids.load().await().atMost(Duration.ofSeconds(30));
    }

    @Override
    public boolean isEnterprise(String id) {
        return ids().contains(id);
    }

    public KnownCodes ids() {
        return ids;
    }
}
