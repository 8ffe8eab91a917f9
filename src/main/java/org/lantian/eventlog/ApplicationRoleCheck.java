package org.lantian.eventlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Says at start when the application connects as a role that could switch the event log's append-only trigger
 * off (its owner, or a superuser): allowed — one user for everything still works — but then only the anchors
 * would tell a rewrite (docs/operations.md, "Database roles").
 */
@ApplicationScoped
public class ApplicationRoleCheck {

    private static final Logger LOG = Logger.getLogger(ApplicationRoleCheck.class);

    private final Pool pool;

    ApplicationRoleCheck(Pool pool) {
        this.pool = pool;
    }

    void onStart(@Observes StartupEvent event) {
        pool.query("SELECT current_user, pg_has_role(current_user, c.relowner, 'USAGE') AS owner, r.rolsuper "
                        + "FROM pg_class c, pg_roles r WHERE c.oid = 'event_log'::regclass AND r.rolname = current_user")
                .execute()
                .subscribe().with(rows -> {
                    for (Row r : rows) {
                        if (r.getBoolean("owner") || r.getBoolean("rolsuper")) {
                            LOG.warnf("The application connects to PostgreSQL as %s, %s: it could switch event_log's "
                                    + "append-only trigger off. Let Flyway migrate as the owner (QUARKUS_FLYWAY_USERNAME/_PASSWORD) "
                                    + "and the application run as a role that owns nothing (docs/operations.md, \"Database roles\")",
                                    r.getString("current_user"), r.getBoolean("rolsuper") ? "a superuser" : "the owner of event_log");
                        }
                    }
                }, e -> LOG.warnf("Could not check the application's database role: %s", e.toString()));
    }
}
