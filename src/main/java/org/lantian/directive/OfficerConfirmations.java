package org.lantian.directive;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.LogEvent;
import org.lantian.platform.http.BadRequest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * An officer confirming an enterprise's order on its behalf (reached by telephone, seen on site): recorded as
 * {@code confirmedBy} with the officer's reason, apart from the enterprise's own acknowledgement, which it never
 * fills in. The first confirmation counts; repeats change nothing. A confirmed order is no longer chased as overdue.
 */
@ApplicationScoped
class OfficerConfirmations {

    private final EventLog log;
    private final Clock clock;

    OfficerConfirmations(EventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** On a row the caller has locked. */
    Uni<DirectiveAcks.Acked> confirm(SqlConnection tx, String directiveId, String officer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequest("reason", "an officer confirming an order on the enterprise's behalf must give a reason");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return tx.preparedQuery("""
                        UPDATE directive d SET confirmed_at = COALESCE(d.confirmed_at, $2), confirmed_by = COALESCE(d.confirmed_by, $3),
                               confirm_reason = COALESCE(d.confirm_reason, $4)
                          FROM (SELECT confirmed_at FROM directive WHERE id = $1) before
                         WHERE d.id = $1
                        RETURNING d.subject, d.acked_at, d.acked_by, d.confirmed_at, d.confirmed_by, d.confirm_reason,
                                  d.region_code, d.warning_id, before.confirmed_at IS NULL AS first
                        """)
                .execute(Tuple.of(directiveId, now, officer, reason))
                .chain(rows -> {
                    Row r = rows.iterator().next();
                    boolean first = r.getBoolean("first");
                    DirectiveAcks.Acked confirmed = new DirectiveAcks.Acked(directiveId, r.getString(0), r.getOffsetDateTime(1),
                            r.getString(2), r.getOffsetDateTime(3), r.getString(4), first);
                    if (!first) {
                        return Uni.createFrom().item(confirmed);
                    }
                    Map<String, Object> payload = new LinkedHashMap<>();
                    payload.put("confirmedAt", confirmed.confirmedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                    payload.put("confirmedBy", officer);
                    payload.put("reason", r.getString(5));
                    LogEvent event = new LogEvent("confirm:" + directiveId, now, EventType.DIRECTIVE_CONFIRMED, r.getString(6), r.getString(7),
                            confirmed.subject(), directiveId, officer, payload);
                    return log.append(tx, List.of(event)).replaceWith(confirmed);
                });
    }
}
