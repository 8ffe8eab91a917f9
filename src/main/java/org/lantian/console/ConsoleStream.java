package org.lantian.console;

import java.time.Duration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.eventlog.EventFeed;
import org.lantian.platform.security.CurrentScope;
import org.lantian.platform.security.Scope;
import org.lantian.platform.security.Target;

import io.smallrye.mutiny.Multi;

/**
 * Server-sent events telling an open console which panels to reload: {@code proposal}, {@code warning},
 * {@code order} or {@code region}. An event carries no content — the panel reloads through its own scoped
 * endpoint — and a user hears only of changes within their scope (an enterprise: its own orders).
 */
@Path("/console/stream")
public class ConsoleStream {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final ChangeBroadcast broadcast;
    private final CurrentScope scope;

    ConsoleStream(ChangeBroadcast broadcast, CurrentScope scope) {
        this.broadcast = broadcast;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Console: which panels to reload, as server-sent events (proposal, warning, order, region)")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Scope within = scope.get();
        // Mutiny refuses a null item: the changes of no concern are dropped before naming their panel
        Multi<OutboundSseEvent> changes = broadcast.listen()
                .filter(c -> panel(c, within) != null)
                .map(c -> sse.newEventBuilder().name(panel(c, within)).data("1").build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(t -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(changes, keepAlive);
    }

    /** The panel a change concerns, or null when it is none of this user's business. */
    static String panel(EventFeed.Change c, Scope within) {
        return switch (c.type()) {
            case DIRECTIVE_ISSUED, DIRECTIVE_ACKNOWLEDGED, DIRECTIVE_CONFIRMED, DIRECTIVE_OVERDUE ->
                    within.admits(new Target("directive", null, c.regionCode(), c.enterpriseId())) ? "order" : null;
            case PROPOSED, SUPERSEDED -> within.enterpriseId() == null ? "proposal" : null;
            case ISSUED, ADJUSTED, LIFTED, EFFECTIVE_LEVEL_CHANGED, REGIONAL_WARNING_RECEIVED ->
                    within.enterpriseId() == null ? "warning" : null;
            case FORECAST_RECEIVED, AQI_CATEGORY_CHANGED -> within.enterpriseId() == null ? "region" : null;
            case COMPLIANCE_FINDING_OPENED, COMPLIANCE_FINDING_UPDATED, COMPLIANCE_FINDING_CLOSED, COMPLIANCE_FINDING_DECIDED ->
                    within.admits(new Target("finding", null, c.regionCode(), c.enterpriseId())) ? "finding" : null;
            case REDUCTION_LIST_IMPORTED, INPUT_REJECTED, OUTBOX_PARKED, OUTBOX_REQUEUED, OUTBOX_DISCARDED, ANCHOR_PUBLISHED,
                 ACCESS_DENIED -> null;
        };
    }
}
