package org.lantian.compliance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.AdvisoryLock;
import org.lantian.platform.http.BadRequest;
import org.lantian.platform.security.Scope;
import org.lantian.platform.security.Target;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * An officer confirming a finding (a violation to pursue) or dismissing it (a false alarm: maintenance, a meter
 * fault), with a reason: recorded on the finding with who and when, logged, and published like any other change.
 * Deciding again replaces the decision; the telemetry keeps opening and closing the finding as before.
 */
@ApplicationScoped
public class FindingDecisions {

    public enum Decision { CONFIRMED, DISMISSED }

    /** The body of a decision. */
    public record DecisionRequest(String decision, String reason) {
    }

    private final Pool pool;
    private final FindingRows rows;
    private final FindingStore store;
    private final Clock clock;

    FindingDecisions(Pool pool, FindingRows rows, FindingStore store, Clock clock) {
        this.pool = pool;
        this.rows = rows;
        this.store = store;
        this.clock = clock;
    }

    public Uni<Finding> decide(String findingId, DecisionRequest body, Scope scope) {
        if (body == null || body.decision() == null) {
            throw new BadRequest("decision", "decision is required: CONFIRMED or DISMISSED");
        }
        Decision decision;
        try {
            decision = Decision.valueOf(body.decision().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("decision", "decision must be CONFIRMED or DISMISSED");
        }
        if (body.reason() == null || body.reason().isBlank()) {
            throw new BadRequest("reason", "a decision on a finding needs a reason");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT enterprise_id FROM compliance_finding WHERE id = $1")
                .execute(Tuple.of(findingId)).chain(found -> {
                    if (!found.iterator().hasNext()) {
                        throw new jakarta.ws.rs.NotFoundException("no finding " + findingId);
                    }
                    String enterprise = found.iterator().next().getString(0);
                    return tx.preparedQuery(AdvisoryLock.ENTERPRISE_COMPLIANCE.perSubject()).execute(Tuple.of(enterprise))
                            .chain(() -> tx.preparedQuery("SELECT " + FindingRows.COLUMNS + " FROM compliance_finding WHERE id = $1")
                                    .execute(Tuple.of(findingId)));
                }).chain(rs -> {
                    Row r = rs.iterator().next();
                    Finding before = rows.of(r);
                    scope.require(new Target("finding", findingId, before.regionCode(), before.enterpriseId()));
                    Finding after = new Finding(before.findingId(), before.enterpriseId(), before.regionCode(), before.directiveId(),
                            before.warningId(), before.rule(), before.meter(), before.outcome(), before.status(), before.firstHour(),
                            before.lastViolation(), before.closedAt(), before.violatingHours(), before.evidence(), before.version() + 1,
                            decision.name(), scope.actor(), now, body.reason().strip());
                    Finding.Change change = new Finding.Change(after.findingId() + ":v" + after.version(), decision.name(), now, after);
                    return store.write(tx, List.of(change)).replaceWith(after);
                }));
    }

    static Set<String> statuses() {
        return Set.of("OPEN", "CLOSED", "CONFIRMED", "DISMISSED");
    }
}
