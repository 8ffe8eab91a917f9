package org.lantian.warning;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lantian.eventlog.EventType;
import org.lantian.platform.Json;
import org.lantian.monitoring.MonitoringReferenceData;
import org.lantian.platform.http.BadRequest;
import org.lantian.platform.http.Conflict;
import org.lantian.platform.outbox.Outbox;
import org.lantian.warning.rules.Hysteresis;
import org.lantian.warning.rules.RuleSet;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * The duty officers' decisions: issue, adjust, lift. Each is one transaction:
 * the warning row (versioned: a stale version is a 409), the action with its
 * actor and reasons, the events, and the effective levels it changes, all
 * written to the outbox together.
 */
@ApplicationScoped
public class WarningCommands {

    private static final Logger LOG = Logger.getLogger(WarningCommands.class);

    /** Business time (tests move it through an alternative Clock). */
    @jakarta.inject.Inject
    java.time.Clock clock;
    private final Pool pool;
    private final Outbox outbox;
    @jakarta.inject.Inject
    WarningEvents warningEvents;
    private final EffectiveLevels effective;
    private final ForecastPeriods forecasts;
    private final WarningRuleSets ruleSets;
    private final WarningSettings settings;
    private final MonitoringReferenceData regions;
    private final ObjectMapper mapper;
    private final ListAdequacy adequacy;

    WarningCommands(Pool pool, Outbox outbox, EffectiveLevels effective, ForecastPeriods forecasts, WarningRuleSets ruleSets,
                    WarningSettings settings, MonitoringReferenceData regions, ObjectMapper mapper, ListAdequacy adequacy) {
        this.pool = pool;
        this.outbox = outbox;
        this.effective = effective;
        this.forecasts = forecasts;
        this.ruleSets = ruleSets;
        this.settings = settings;
        this.regions = regions;
        this.mapper = mapper;
        this.adequacy = adequacy;
    }

    private String json(Object value) {
        return Json.write(mapper, value);
    }

    public record Issue(String regionCode, WarningLevel level, OffsetDateTime effectiveFrom, String reason, String proposalId) {
    }

    public record Change(String warningId, WarningLevel level, int version, String reason, String overrideReason,
                         OffsetDateTime effectiveFrom) {
    }

    public Uni<Warning> issue(Issue cmd, Officer officer) {
        if (!regions.regions().contains(cmd.regionCode())) {
            throw new BadRequest("regionCode", "no region " + cmd.regionCode());
        }
        officer.requireMayAct(cmd.regionCode(), null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime from = cmd.effectiveFrom() == null ? now : cmd.effectiveFrom();
        String id = "W-" + cmd.regionCode() + "-" + UUID.randomUUID().toString().substring(0, 8);
        RuleSet set = ruleSets.forRegion(cmd.regionCode());
        return pool.withTransaction(tx -> requireAboveFloor(tx, cmd.regionCode(), cmd.level(), from)
                        .chain(() -> proposal(tx, cmd, now))
                        .chain(proposal -> tx.preparedQuery("INSERT INTO warning (id, region_code, level, status, rule_set, cause, mandatory, "
                                                + "proposal_id, effective_from, issued_by, reason, version, issued_at) "
                                                + "VALUES ($1, $2, $3, 'ACTIVE', $4, $5, $6, $7, $8, $9, $10, 1, $11) RETURNING " + Warning.COLUMNS)
                                        .execute(Tuple.tuple().addString(id).addString(cmd.regionCode()).addString(cmd.level().name())
                                                .addString(set.id()).addString(proposal.cause()).addBoolean(proposal.mandatory())
                                                .addString(cmd.proposalId()).addOffsetDateTime(from)
                                                .addString(officer.name()).addString(cmd.reason()).addOffsetDateTime(now))
                                        .map(rows -> Warning.of(rows.iterator().next())))
                        .call(w -> action(tx, w, EventType.ISSUED, WarningLevel.NONE, officer, cmd.reason(), null, from, now))
                        .call(w -> announce(tx, w, EventType.ISSUED, WarningLevel.NONE, officer, cmd.reason(), null, from)))
                .onFailure(WarningCommands::isDuplicateActive).transform(e -> new Conflict(
                        "region " + cmd.regionCode() + " already has an active warning: adjust or lift it"))
                .invoke(w -> LOG.infof("Warning %s issued: %s %s by %s", w.id(), w.regionCode(), w.level(), officer.name()))
                .invoke(outbox::wake);
    }

    public Uni<Warning> adjust(Change cmd, Officer officer) {
        return change(cmd, officer, cmd.level() == WarningLevel.NONE ? EventType.LIFTED : EventType.ADJUSTED);
    }

    public Uni<Warning> lift(Change cmd, Officer officer) {
        return change(new Change(cmd.warningId(), WarningLevel.NONE, cmd.version(), cmd.reason(), cmd.overrideReason(),
                cmd.effectiveFrom()), officer, EventType.LIFTED);
    }

    private Uni<Warning> change(Change cmd, Officer officer, EventType type) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime from = cmd.effectiveFrom() == null ? now : cmd.effectiveFrom();
        return pool.withTransaction(tx -> lock(tx, cmd.warningId()).chain(w -> {
                    officer.requireMayAct(w.regionCode(), w.id());
                    if (!w.active()) {
                        throw new Conflict("warning " + w.id() + " was lifted at " + w.liftedAt() + " by " + w.liftedBy());
                    }
                    if (w.version() != cmd.version()) {
                        throw new Conflict("warning " + w.id() + " is at version " + w.version() + ", not " + cmd.version()
                                + ": someone changed it meanwhile; reload and decide again");
                    }
                    if (w.level() == cmd.level()) {
                        throw new Conflict("warning " + w.id() + " is already " + w.level());
                    }
                    Uni<Void> checks = cmd.level().isLowerThan(w.level())
                            ? requireClean(tx, w, cmd.overrideReason())
                            : Uni.createFrom().voidItem();
                    if (cmd.level() != WarningLevel.NONE) {
                        checks = checks.chain(() -> requireAboveFloor(tx, w.regionCode(), cmd.level(), from));
                    }
                    return checks.chain(() -> tx.preparedQuery("UPDATE warning SET level = CASE WHEN $2 = 'NONE' THEN level ELSE $2 END, "
                                            + "status = CASE WHEN $2 = 'NONE' THEN 'LIFTED' ELSE status END, "
                                            + "lifted_at = CASE WHEN $2 = 'NONE' THEN $4::timestamptz END, "
                                            + "lifted_by = CASE WHEN $2 = 'NONE' THEN $3 END, version = version + 1 "
                                            + "WHERE id = $1 RETURNING " + Warning.COLUMNS)
                                    .execute(Tuple.of(w.id(), cmd.level().name(), officer.name(), now))
                                    .map(rows -> Warning.of(rows.iterator().next())))
                            .call(updated -> action(tx, updated, type, w.level(), officer, cmd.reason(), cmd.overrideReason(), from, now))
                            .call(updated -> announce(tx, updated, type, w.level(), officer, cmd.reason(), cmd.overrideReason(), from));
                }))
                .invoke(w -> LOG.infof("Warning %s %s: now %s %s by %s", w.id(), type, w.status(), w.level(), officer.name()))
                .invoke(outbox::wake);
    }

    private Uni<Warning> lock(SqlConnection tx, String id) {
        return tx.preparedQuery("SELECT " + Warning.COLUMNS + " FROM warning WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new jakarta.ws.rs.NotFoundException("no warning " + id);
                    }
                    return Warning.of(rows.iterator().next());
                });
    }

    /** A county's own warning must stay above what the city and the floors already give it. */
    private Uni<Void> requireAboveFloor(SqlConnection tx, String region, WarningLevel level, OffsetDateTime at) {
        if (regions.regions().attribute(region).isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return effective.floorFor(tx, region, at).invoke(floor -> {
            if (!level.isHigherThan(floor)) {
                throw new Conflict("county " + region + " is already at " + floor + " from the city or a regional floor; "
                        + "its own level must be higher than that, not " + level);
            }
        }).replaceWithVoid();
    }

    /** Downgrade or lift only when the latest forecast stays below the level's start criteria long enough — or with a recorded override. */
    private Uni<Void> requireClean(SqlConnection tx, Warning w, String overrideReason) {
        if (overrideReason != null && !overrideReason.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        RuleSet set = ruleSets.forRegion(w.regionCode());
        return forecasts.latest(tx, w.regionCode()).invoke(latest -> {
            boolean clean = latest.isPresent() && Hysteresis.staysBelowStartCriteria(set, w.level(), latest.get().periods(),
                    ForecastPeriods.holdStart(latest.get().periods(), clock.instant()), settings.downgradeHold());
            if (!clean) {
                throw new Conflict("the latest forecast for " + w.regionCode()
                        + latest.map(l -> " (issued " + l.issuedAt() + ")").orElse(" (none received)")
                        + " does not stay at or below AQI " + Hysteresis.releaseThreshold(set, w.level())
                        + " for " + settings.downgradeHold().toHours() + " h from now, as " + set.id()
                        + " requires before leaving " + w.level() + "; give overrideReason to decide otherwise", "overrideReason");
            }
        }).replaceWithVoid();
    }

    private record ProposalFacts(String cause, boolean mandatory) {
    }

    private Uni<ProposalFacts> proposal(SqlConnection tx, Issue cmd, OffsetDateTime now) {
        if (cmd.proposalId() == null) {
            return Uni.createFrom().item(new ProposalFacts(null, true));
        }
        return tx.preparedQuery("UPDATE warning_proposal SET status = 'ACCEPTED', closed_at = $3 "
                        + "WHERE id = $1 AND region_code = $2 AND status = 'OPEN' RETURNING cause, mandatory")
                .execute(Tuple.of(cmd.proposalId(), cmd.regionCode(), now))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new Conflict("proposal " + cmd.proposalId() + " is not an open proposal for " + cmd.regionCode());
                    }
                    var row = rows.iterator().next();
                    return new ProposalFacts(row.getString(0), row.getBoolean(1));
                });
    }

    private Uni<Void> action(SqlConnection tx, Warning w, EventType type, WarningLevel previous, Officer officer, String reason,
                             String overrideReason, OffsetDateTime from, OffsetDateTime now) {
        return tx.preparedQuery("INSERT INTO warning_action (warning_id, version, type, level, previous_level, actor, reason, "
                        + "override_reason, effective_from, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                .execute(Tuple.tuple().addString(w.id()).addInteger(w.version()).addString(type.name())
                        .addString(type == EventType.LIFTED ? WarningLevel.NONE.name() : w.level().name())
                        .addString(previous.name()).addString(officer.name()).addString(reason).addString(overrideReason)
                        .addOffsetDateTime(from).addOffsetDateTime(now))
                .replaceWithVoid();
    }

    private Uni<Void> announce(SqlConnection tx, Warning w, EventType type, WarningLevel previous, Officer officer, String reason,
                               String overrideReason, OffsetDateTime from) {
        WarningLevel level = type == EventType.LIFTED ? WarningLevel.NONE : w.level();
        return adequacy.at(tx, w.regionCode(), level)
                .call(check -> check.<Uni<?>>map(c -> tx.preparedQuery("UPDATE warning SET adequacy = $2::text::jsonb WHERE id = $1")
                        .execute(Tuple.of(w.id(), json(c)))).orElse(Uni.createFrom().voidItem()))
                .invoke(check -> check.filter(c -> !c.meets()).ifPresent(c -> LOG.warnf(
                        "Warning %s at %s: the reduction list falls short of the required cut: %s", w.id(), level, c.pollutants())))
                .chain(check -> announce(tx, w, type, previous, officer, reason, overrideReason, from, check.orElse(null)));
    }

    private Uni<Void> announce(SqlConnection tx, Warning w, EventType type, WarningLevel previous, Officer officer, String reason,
                               String overrideReason, OffsetDateTime from, AdequacySummary adequacyCheck) {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (adequacyCheck != null) {
            extra.put("adequacy", adequacyCheck);
        }
        extra.put("version", w.version());
        extra.put("mandatory", w.mandatory());
        extra.put("proposalId", w.proposalId());
        if (overrideReason != null) {
            extra.put("overrideReason", overrideReason);
        }
        WarningLevel level = type == EventType.LIFTED ? WarningLevel.NONE : w.level();
        List<WarningEvent> events = new ArrayList<>();
        events.add(new WarningEvent("warning:" + w.id() + ":" + w.version(), w.id(), type, w.regionCode(), level, previous,
                from, w.ruleSet(), List.of(reason), officer.name(), OffsetDateTime.now(clock), extra));
        Set<String> affected = regions.regions().attribute(w.regionCode()).isPresent()
                ? Set.of(w.regionCode())
                : allRegions();
        return withdrawOpenProposals(tx, w, officer)
                .invoke(events::addAll)
                .chain(() -> effective.recompute(tx, affected, from, officer.name(), w.id()))
                .chain(changes -> {
                    events.addAll(changes.events());
                    return warningEvents.publish(tx, List.of(), events, changes.consequences());
                });
    }

    /** An officer's decision answers whatever was still proposed for the region: the open proposal is closed. */
    private Uni<List<WarningEvent>> withdrawOpenProposals(SqlConnection tx, Warning w, Officer officer) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return tx.preparedQuery("UPDATE warning_proposal SET status = 'WITHDRAWN', closed_at = $2 "
                        + "WHERE region_code = $1 AND status = 'OPEN' RETURNING id, level, rule_set")
                .execute(Tuple.of(w.regionCode(), now))
                .map(rows -> {
                    List<WarningEvent> events = new ArrayList<>();
                    for (var row : rows) {
                        String id = row.getString(0);
                        events.add(new WarningEvent("proposal:" + id + ":withdrawn", id, EventType.SUPERSEDED, w.regionCode(),
                                WarningLevel.valueOf(row.getString(1)), null, now, row.getString(2),
                                List.of("answered by the decision on " + w.id() + " (version " + w.version() + ")"),
                                officer.name(), now, Map.of("proposalId", id)));
                    }
                    return events;
                });
    }

    private Set<String> allRegions() {
        return regions.regions().codes();
    }

    private static boolean isDuplicateActive(Throwable e) {
        return e instanceof PgException pg && "23505".equals(pg.getSqlState());
    }
}
