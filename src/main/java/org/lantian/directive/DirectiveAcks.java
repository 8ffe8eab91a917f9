package org.lantian.directive;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.security.Scope;
import org.lantian.platform.security.Target;
import org.lantian.platform.failure.RecordRejected;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records acknowledgements, idempotently: the first one counts, repeats change
 * nothing. An unknown order, or one addressed to another enterprise, is refused
 * and changes nothing.
 */
@ApplicationScoped
public class DirectiveAcks {

    /** The order after the acknowledgement. */
    public record Acked(String directiveId, String subject, OffsetDateTime ackedAt, String ackedBy, OffsetDateTime confirmedAt,
                        String confirmedBy, boolean first) {
    }

    private final Pool pool;
    private final EventLog log;
    private final Clock clock;
    private final OfficerConfirmations confirmations;

    DirectiveAcks(Pool pool, EventLog log, Clock clock, OfficerConfirmations confirmations) {
        this.pool = pool;
        this.log = log;
        this.clock = clock;
        this.confirmations = confirmations;
    }

    /**
     * An acknowledgement made over HTTP. Within an enterprise's scope it is the enterprise's own; an officer's on an
     * order addressed to an enterprise is a confirmation on its behalf (with a reason), never its acknowledgement;
     * an officer's on a regional order is the region's acknowledgement. Outside the caller's scope: refused.
     */
    public Uni<Acked> ack(String directiveId, Scope scope, String reason) {
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT kind, subject, region_code FROM directive WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(directiveId))
                .chain(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (row == null) {
                        throw new jakarta.ws.rs.NotFoundException("no directive " + directiveId);
                    }
                    boolean toEnterprise = DirectiveRow.addressedToEnterprise(row.getString(0));
                    scope.require(new Target("directive", directiveId, row.getString(2), toEnterprise ? row.getString(1) : null));
                    if (scope.confinedEnterprise() == null && toEnterprise) {
                        return confirmations.confirm(tx, directiveId, scope.actor(), reason);
                    }
                    return ack(tx, new Acknowledgement(directiveId, scope.confinedEnterprise(), null, scope.actor()), "http")
                            .call(recorded -> log.append(tx, recorded.events()))
                            .map(Recorded::acked);
                }));
    }

    /** An acknowledgement and what to log for it (DIRECTIVE_ACKNOWLEDGED, for the first one only). */
    record Recorded(Acked acked, List<LogEvent> events) {
    }

    /**
     * Records one acknowledgement; {@code via} says how it came. The caller appends the events as its transaction's
     * last statement (after all row locks: the log's lock taken earlier could deadlock with the overdue escalation).
     */
    Uni<Recorded> ack(SqlConnection tx, Acknowledgement a, String via) {
        return tx.preparedQuery("SELECT kind, subject, acked_at, region_code, warning_id, issued_at FROM directive WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(a.directiveId()))
                .chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new RecordRejected("unknown-directive", "directiveId", "no directive " + a.directiveId());
                    }
                    Row row = rows.iterator().next();
                    if (a.enterpriseId() != null && (!DirectiveRow.addressedToEnterprise(row.getString(0))
                            || !row.getString(1).equals(a.enterpriseId()))) {
                        throw new RecordRejected("wrong-enterprise", "enterpriseId",
                                "directive " + a.directiveId() + " is not addressed to " + a.enterpriseId());
                    }
                    boolean first = row.getValue(2) == null;
                    OffsetDateTime at = clamp(a.ackedAt(), row.getOffsetDateTime(5), OffsetDateTime.now(clock));
                    OffsetDateTime claimed = a.ackedAt() != null && !a.ackedAt().isEqual(at) ? a.ackedAt() : null;
                    return tx.preparedQuery("UPDATE directive SET acked_at = COALESCE(acked_at, $2), acked_by = COALESCE(acked_by, $3) "
                                    + "WHERE id = $1 RETURNING subject, acked_at, acked_by, confirmed_at, confirmed_by")
                            .execute(Tuple.of(a.directiveId(), at, a.by()))
                            .chain(r -> {
                                Row u = r.iterator().next();
                                Acked acked = new Acked(a.directiveId(), u.getString(0), u.getOffsetDateTime(1), u.getString(2),
                                        u.getOffsetDateTime(3), u.getString(4), first);
                                if (!first) {
                                    return Uni.createFrom().item(new Recorded(acked, List.of()));
                                }
                                String enterprise = DirectiveRow.addressedToEnterprise(row.getString(0)) ? row.getString(1) : null;
                                return Uni.createFrom().item(new Recorded(acked, List.of(DirectiveEvents.acknowledged(OffsetDateTime.now(clock), a.directiveId(),
                                        enterprise, row.getString(3), row.getString(4), acked.ackedBy(), acked.ackedAt(), claimed, via))));
                            });
                });
    }

    /**
     * An acknowledgement cannot predate its order nor come from the future: the time an enterprise claims
     * is kept between the order's issue and the receipt (the claim, when moved, is logged with the ack).
     */
    static OffsetDateTime clamp(OffsetDateTime claimed, OffsetDateTime issued, OffsetDateTime receipt) {
        if (claimed == null || claimed.isAfter(receipt)) {
            return receipt;
        }
        return claimed.isBefore(issued) ? issued : claimed;
    }

}
