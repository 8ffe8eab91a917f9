package org.lantian.eventlog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.http.BadRequest;
import org.lantian.platform.security.Scope;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What may be asked of the event log (its list endpoint, and above it consultation's brief and timeline): typed
 * answers ({@link EventView}) read from the log's own table, which no other capability's SQL names.
 */
@ApplicationScoped
public class EventQueries {

    private final Pool pool;

    EventQueries(Pool pool) {
        this.pool = pool;
    }

    /** One page of events in log order; {@code next} is the keyset to ask for the following page (stable under appends). */
    public record Page(List<EventView> events, Long next) {
    }

    /**
     * One page of the events a filter selects, as the scope allows (a county officer: enterprise-level events of the
     * own county only). The filter's texts are checked here (400 naming the field), so every caller checks alike.
     */
    public Uni<Page> page(String from, String to, String region, String type, String enterprise, String warning, Long after,
                          Integer limit, Scope scope) {
        if (limit != null && (limit < 1 || limit > 1000)) {
            throw new BadRequest("limit", "limit must be between 1 and 1000");
        }
        int size = limit == null ? 100 : limit;
        return page(EventFilter.of(from, to, region, type, enterprise, warning, after, scope), size)
                .map(list -> new Page(list, list.size() == size ? list.get(list.size() - 1).seq() : null));
    }

    /** Up to {@code size} events of a filter, in log order. */
    Uni<List<EventView>> page(EventFilter filter, int size) {
        return pool.preparedQuery("SELECT " + EventView.COLUMNS + " FROM event_log " + EventFilter.WHERE + " ORDER BY seq LIMIT $9")
                .execute(filter.params().addInteger(size))
                .map(EventQueries::views);
    }

    /** The events about any of these warnings (or proposals: their ids are warning ids in the log), but not of these types, in log order. */
    public Uni<List<EventView>> aboutWarnings(Collection<String> warningIds, Collection<EventType> exceptTypes) {
        return pool.preparedQuery("SELECT " + EventView.COLUMNS + " FROM event_log WHERE warning_id = ANY($1) "
                        + "AND NOT (type = ANY($2)) ORDER BY seq")
                .execute(Tuple.of(warningIds.toArray(String[]::new), exceptTypes.stream().map(EventType::name).toArray(String[]::new)))
                .map(EventQueries::views);
    }

    /** Per region: the last event of a type logged at or before {@code asOf} (the latest in log order). */
    public Uni<List<EventView>> lastPerRegion(EventType type, OffsetDateTime asOf) {
        return lastPerRegion(type, null, asOf);
    }

    /**
     * Per region: of the events of a type logged at or before {@code asOf}, the one whose payload time
     * {@code payloadTime} (an ISO-8601 field of the payload, e.g. a forecast's {@code issuedAt}) is latest; on a tie
     * the latest in log order. So a later revision logged after {@code asOf} is not seen.
     */
    public Uni<List<EventView>> lastPerRegionBy(EventType type, String payloadTime, OffsetDateTime asOf) {
        return lastPerRegion(type, payloadTime, asOf);
    }

    private Uni<List<EventView>> lastPerRegion(EventType type, String payloadTime, OffsetDateTime asOf) {
        return pool.preparedQuery("SELECT DISTINCT ON (region_code) " + EventView.COLUMNS + " FROM event_log "
                        + "WHERE type = $1 AND at <= $2 AND region_code IS NOT NULL "
                        + "ORDER BY region_code, (payload->>$3::text)::timestamptz DESC NULLS LAST, seq DESC")
                .execute(Tuple.of(type.name(), asOf, payloadTime))
                .map(EventQueries::views);
    }

    private static List<EventView> views(RowSet<Row> rows) {
        List<EventView> list = new ArrayList<>();
        rows.forEach(r -> list.add(EventView.of(r)));
        return list;
    }
}
