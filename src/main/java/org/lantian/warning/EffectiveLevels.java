package org.lantian.warning;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.eventlog.EventType;
import org.lantian.monitoring.RegionQueries;
import org.lantian.platform.Json;
import org.lantian.eventlog.LogEvent;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The effective level of a region: the highest of the city's warning, the
 * region's own (a county raise) and any regional floor naming it or the city,
 * in force at the time. Every change is versioned and becomes one
 * {@code EFFECTIVE_LEVEL_CHANGED} event.
 */
@ApplicationScoped
public class EffectiveLevels {

    private static final String SOURCES = """
            WITH w AS (SELECT region_code, level, id, mandatory FROM warning WHERE status = 'ACTIVE' AND effective_from <= $2),
                 f AS (SELECT unnest(regions) AS region_code, level, id FROM regional_floor
                        WHERE automatic AND level <> 'NONE' AND effective_from <= $2
                          AND (effective_to IS NULL OR effective_to > $2))
            SELECT r.code,
                   (SELECT level FROM w WHERE w.region_code = r.code) AS own,
                   (SELECT level FROM w WHERE w.region_code = r.parent_code) AS city,
                   (SELECT mandatory FROM w WHERE w.region_code = r.code) AS own_mandatory,
                   (SELECT mandatory FROM w WHERE w.region_code = r.parent_code) AS city_mandatory,
                   (SELECT array_agg(f.level) FROM f WHERE f.region_code IN (r.code, r.parent_code)) AS floors,
                   (SELECT array_agg(f.id) FROM f WHERE f.region_code IN (r.code, r.parent_code)) AS floor_ids,
                   (SELECT max(b.t) FROM (
                        SELECT effective_from AS t FROM warning
                         WHERE status = 'ACTIVE' AND effective_from <= $2 AND region_code IN (r.code, r.parent_code)
                        UNION ALL
                        SELECT unnest(ARRAY[effective_from, effective_to]) FROM regional_floor
                         WHERE automatic AND (r.code = ANY(regions) OR r.parent_code = ANY(regions))) b
                     WHERE b.t <= $2) AS boundary
              FROM unnest($1::text[], $3::text[]) AS r(code, parent_code) ORDER BY r.code
            """;

    private final ObjectMapper mapper;
    private final jakarta.enterprise.inject.Instance<EffectiveLevelListener> listeners;

    private final RegionQueries regions;
    private final Clock clock;

    EffectiveLevels(ObjectMapper mapper, jakarta.enterprise.inject.Instance<EffectiveLevelListener> listeners, RegionQueries regions,
                    Clock clock) {
        this.mapper = mapper;
        this.regions = regions;
        this.clock = clock;
        this.listeners = listeners;
    }

    /** The level a county may not go below: the city's warning and the floors (its own raise excluded). */
    public Uni<WarningLevel> floorFor(SqlConnection tx, String region, OffsetDateTime at) {
        return sources(tx, List.of(region), at).map(rows -> {
            if (!rows.iterator().hasNext()) {
                return WarningLevel.NONE;
            }
            Row row = rows.iterator().next();
            return max(level(row.getString("city")), floors(row));
        });
    }

    /** What a recomputation changed: the level events, and what the listeners want logged after them. */
    public record Recomputed(List<WarningEvent> events, List<LogEvent> consequences) {
    }

    /** Recomputes the regions' effective levels; the events of those that changed, as changed {@code at}. */
    public Uni<Recomputed> recompute(SqlConnection tx, Collection<String> regions, OffsetDateTime at,
                                             String actor, String cause) {
        return recompute(tx, regions, at, actor, cause, false);
    }

    /**
     * As {@link #recompute}, for a change that time alone brings (a floor starting or ending, a warning's effective
     * time reached): each region changed at the latest such boundary up to {@code at}, not whenever this ran — a
     * periodic check may come a minute late, or several simulated hours late when business time runs ahead.
     */
    public Uni<Recomputed> recomputeAtBoundaries(SqlConnection tx, Collection<String> regions, OffsetDateTime at, String actor,
                                                 String cause) {
        return recompute(tx, regions, at, actor, cause, true);
    }

    private Uni<Recomputed> recompute(SqlConnection tx, Collection<String> regions, OffsetDateTime at, String actor, String cause,
                                      boolean atBoundaries) {
        String[] codes = regions.stream().sorted().toArray(String[]::new);
        return tx.preparedQuery("SELECT region_code, level, version FROM effective_level WHERE region_code = ANY($1) "
                        + "ORDER BY region_code FOR UPDATE").execute(Tuple.of(codes))
                .chain(current -> {
                    Map<String, Row> before = new LinkedHashMap<>();
                    current.forEach(r -> before.put(r.getString("region_code"), r));
                    return sources(tx, List.of(codes), at).chain(sources -> {
                        List<WarningEvent> events = new ArrayList<>();
                        List<Tuple> updates = new ArrayList<>();
                        // since: business time, shown as "effective since" and in the brief: the Clock's, not the database's
                        OffsetDateTime now = OffsetDateTime.now(clock);
                        List<EffectiveLevelListener.Change> changes = new ArrayList<>();
                        for (Row s : sources) {
                            String region = s.getString("code");
                            WarningLevel own = level(s.getString("own"));
                            WarningLevel city = level(s.getString("city"));
                            WarningLevel floor = floors(s);
                            WarningLevel level = max(max(own, city), floor);
                            Row old = before.get(region);
                            WarningLevel previous = old == null ? WarningLevel.NONE : WarningLevel.valueOf(old.getString("level"));
                            int version = old == null ? 0 : old.getInteger("version");
                            if (level == previous) {
                                continue;
                            }
                            OffsetDateTime boundary = s.getOffsetDateTime("boundary");
                            OffsetDateTime changedAt = atBoundaries && boundary != null && !boundary.isAfter(at) ? boundary : at;
                            Map<String, Object> why = new LinkedHashMap<>();
                            why.put("own", own.name());
                            why.put("city", city.name());
                            why.put("floor", floor.name());
                            String[] floorIds = s.getArrayOfStrings("floor_ids");
                            why.put("floorIds", floorIds == null ? List.of() : List.of(floorIds));
                            updates.add(Tuple.of(region, level.name(), version + 1, json(why), atBoundaries ? changedAt : now));
                            // advisory only when the warning that sets the level says so; floors are mandatory
                            boolean mandatory = level == own ? !Boolean.FALSE.equals(s.getBoolean("own_mandatory"))
                                    : level == city ? !Boolean.FALSE.equals(s.getBoolean("city_mandatory")) : true;
                            changes.add(new EffectiveLevelListener.Change(region, level, previous, version + 1, cause,
                                    mandatory, changedAt));
                            events.add(new WarningEvent("effective:" + region + ":" + (version + 1), cause,
                                    EventType.EFFECTIVE_LEVEL_CHANGED, region, level, previous, changedAt, null,
                                    List.of(why), actor, now, Map.of("version", version + 1)));
                        }
                        if (updates.isEmpty()) {
                            return Uni.createFrom().item(new Recomputed(events, List.of()));
                        }
                        return tx.preparedQuery("""
                                        INSERT INTO effective_level (region_code, level, version, sources, since)
                                        VALUES ($1, $2, $3, $4::text::jsonb, $5)
                                        ON CONFLICT (region_code) DO UPDATE SET level = EXCLUDED.level,
                                            version = EXCLUDED.version, sources = EXCLUDED.sources, since = EXCLUDED.since
                                        """).executeBatch(updates)
                                .chain(() -> notify(tx, changes))
                                .map(consequences -> new Recomputed(events, consequences));
                    });
                });
    }

    /** The levels in force for the known regions among {@code codes}; the regions and their cities asked of monitoring. */
    private Uni<RowSet<Row>> sources(SqlConnection tx, List<String> codes, OffsetDateTime at) {
        return regions.parents(tx, codes).chain(known -> tx.preparedQuery(SOURCES).execute(Tuple.of(
                known.stream().map(RegionQueries.RegionParent::code).toArray(String[]::new), at,
                known.stream().map(RegionQueries.RegionParent::parentCode).toArray(String[]::new))));
    }

    private Uni<List<LogEvent>> notify(SqlConnection tx, List<EffectiveLevelListener.Change> changes) {
        List<LogEvent> consequences = new ArrayList<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (EffectiveLevelListener listener : listeners) {
            all = all.chain(() -> listener.onChange(tx, changes).invoke(consequences::addAll).replaceWithVoid());
        }
        return all.replaceWith(consequences);
    }

    private static WarningLevel floors(Row row) {
        String[] floors = row.getArrayOfStrings("floors");
        WarningLevel highest = WarningLevel.NONE;
        if (floors != null) {
            for (String f : floors) {
                highest = max(highest, WarningLevel.valueOf(f));
            }
        }
        return highest;
    }

    static WarningLevel level(String name) {
        return name == null ? WarningLevel.NONE : WarningLevel.valueOf(name);
    }

    static WarningLevel max(WarningLevel a, WarningLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private String json(Object value) {
        return Json.write(mapper, value);
    }
}
