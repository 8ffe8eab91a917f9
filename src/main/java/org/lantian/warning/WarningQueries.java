package org.lantian.warning;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.platform.Json;
import org.lantian.warning.rules.Reason;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What other capabilities may ask about warnings and proposals (consultation's brief and timeline do): typed
 * answers read from warning's own tables, so nobody else names them.
 */
@ApplicationScoped
public class WarningQueries {

    /** When a proposal was made: the timeline's lead-up. */
    public record ProposalMade(String id, OffsetDateTime createdAt) {
    }

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() { };

    private final Pool pool;
    private final ObjectMapper mapper;

    WarningQueries(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    /** The warning as stored, if there is one with this id. */
    public Uni<Optional<Warning>> find(String id) {
        return pool.preparedQuery("SELECT " + Warning.COLUMNS + " FROM warning WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(Warning.of(rows.iterator().next())) : Optional.empty());
    }

    /**
     * The warnings in force at {@code asOf}, as they stood then: active, at the level and version of their last action
     * up to then (not lifted as of then), oldest first.
     */
    public Uni<List<Warning>> activeAsOf(OffsetDateTime asOf) {
        return pool.preparedQuery("""
                        SELECT w.id, w.region_code, w.rule_set, w.cause, w.mandatory, w.proposal_id, w.effective_from, w.issued_at,
                               w.issued_by, w.reason, w.adequacy::text AS adequacy, 'ACTIVE' AS status,
                               NULL::timestamptz AS lifted_at, NULL::text AS lifted_by,
                               COALESCE((SELECT a.level FROM warning_action a WHERE a.warning_id = w.id AND a.at <= $1
                                          ORDER BY a.version DESC LIMIT 1), w.level) AS level,
                               COALESCE((SELECT a.version FROM warning_action a WHERE a.warning_id = w.id AND a.at <= $1
                                          ORDER BY a.version DESC LIMIT 1), w.version) AS version
                          FROM warning w WHERE w.issued_at <= $1 AND (w.lifted_at IS NULL OR w.lifted_at > $1)
                         ORDER BY w.issued_at
                        """).execute(Tuple.of(asOf))
                .map(rows -> {
                    List<Warning> list = new ArrayList<>();
                    rows.forEach(r -> list.add(Warning.of(r)));
                    return list;
                });
    }

    /**
     * A warning with every action taken on it (ISSUED, ADJUSTED, LIFTED), oldest first, as stored: the history the
     * public bulletin turns into CAP messages.
     */
    public Uni<Optional<WarningDetail>> history(String id) {
        return find(id).chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.<WarningDetail>empty())
                : actions(List.of(id)).map(actions -> Optional.of(new WarningDetail(found.get(), actions.stream()
                        .map(ActionOf::action).toList()))));
    }

    /**
     * The warnings active now and those lifted after {@code liftedAfter}, each with its actions oldest first; the most
     * recently changed first (the public bulletin's CAP feed).
     */
    public Uni<List<WarningDetail>> histories(OffsetDateTime liftedAfter) {
        return pool.preparedQuery("SELECT " + Warning.COLUMNS + " FROM warning WHERE status = 'ACTIVE' OR lifted_at > $1")
                .execute(Tuple.of(liftedAfter))
                .chain(rows -> {
                    List<Warning> warnings = new ArrayList<>();
                    rows.forEach(r -> warnings.add(Warning.of(r)));
                    return actions(warnings.stream().map(Warning::id).toList()).map(actions -> {
                        List<WarningDetail> list = new ArrayList<>();
                        for (Warning w : warnings) {
                            list.add(new WarningDetail(w, actions.stream().filter(a -> a.warningId().equals(w.id()))
                                    .map(ActionOf::action).toList()));
                        }
                        list.sort(java.util.Comparator.comparing((WarningDetail d) -> d.actions().isEmpty()
                                ? d.warning().issuedAt() : d.actions().get(d.actions().size() - 1).at()).reversed());
                        return list;
                    });
                });
    }

    private record ActionOf(String warningId, WarningDetail.Action action) {
    }

    private Uni<List<ActionOf>> actions(List<String> warningIds) {
        return pool.preparedQuery("SELECT warning_id, version, type, level, previous_level, actor, reason, override_reason, "
                        + "effective_from, at FROM warning_action WHERE warning_id = ANY($1) ORDER BY warning_id, version")
                .execute(Tuple.of(warningIds.toArray(String[]::new)))
                .map(rows -> {
                    List<ActionOf> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(new ActionOf(r.getString(0), new WarningDetail.Action(r.getInteger(1), r.getString(2),
                                r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                                r.getOffsetDateTime(8), r.getOffsetDateTime(9))));
                    }
                    return list;
                });
    }

    /** The proposals open at {@code asOf} (made by then, not closed by then), oldest first. */
    /** The proposals open now, newest first, of one region or all (null). */
    public Uni<List<ProposalView>> open(String region) {
        return pool.preparedQuery("""
                        SELECT id, region_code, level, previous_level, kind, rule_set, cause, mandatory, reasons::text AS reasons,
                               trigger, created_at, adequacy::text AS adequacy
                          FROM warning_proposal WHERE status = 'OPEN' AND ($1::text IS NULL OR region_code = $1)
                         ORDER BY created_at DESC
                        """).execute(Tuple.of(region))
                .map(rows -> {
                    List<ProposalView> list = new ArrayList<>();
                    rows.forEach(r -> list.add(proposal(r)));
                    return list;
                });
    }

    public Uni<List<ProposalView>> openAsOf(OffsetDateTime asOf) {
        return pool.preparedQuery("""
                        SELECT id, region_code, level, previous_level, kind, rule_set, cause, mandatory, reasons::text AS reasons,
                               trigger, created_at, adequacy::text AS adequacy
                          FROM warning_proposal WHERE created_at <= $1 AND (closed_at IS NULL OR closed_at > $1)
                         ORDER BY created_at
                        """).execute(Tuple.of(asOf))
                .map(rows -> {
                    List<ProposalView> list = new ArrayList<>();
                    rows.forEach(r -> list.add(proposal(r)));
                    return list;
                });
    }

    /**
     * The proposals of a warning's episode: the one it was issued from, and the region's proposals made after
     * {@code leadUp} before its issue (and after any earlier warning's lift) up to {@code end}, oldest first.
     */
    public Uni<List<ProposalMade>> ofEpisode(Warning w, Duration leadUp, OffsetDateTime end) {
        return pool.preparedQuery("""
                        SELECT p.id, p.created_at FROM warning_proposal p
                         WHERE p.region_code = $1
                           AND (p.id = $2 OR (p.created_at > greatest($3,
                                   (SELECT max(lifted_at) FROM warning o WHERE o.region_code = $1 AND o.id <> $4 AND o.lifted_at <= $5))
                               AND p.created_at <= $6))
                         ORDER BY p.created_at
                        """)
                .execute(Tuple.of(w.regionCode(), w.proposalId(), w.issuedAt().minus(leadUp), w.id(), w.issuedAt(), end))
                .map(rows -> {
                    List<ProposalMade> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new ProposalMade(r.getString(0), r.getOffsetDateTime(1))));
                    return list;
                });
    }

    private ProposalView proposal(Row r) {
        return new ProposalView(r.getString("id"), r.getString("region_code"), r.getString("level"),
                r.getString("previous_level"), r.getString("kind"), r.getString("rule_set"), r.getString("cause"),
                r.getBoolean("mandatory"), Json.read(mapper, r.getString("reasons"), REASONS), r.getString("trigger"),
                r.getOffsetDateTime("created_at"), Json.read(mapper, r.getString("adequacy"), AdequacySummary.class));
    }

    /** Every region's effective level as it stands: max(city warning, own raise, regional floor). */
    public Uni<List<EffectiveLevelView>> effectiveLevels() {
        return pool.query("SELECT region_code, level, version, sources::text, since FROM effective_level ORDER BY region_code")
                .execute().map(rows -> {
                    List<EffectiveLevelView> list = new ArrayList<>();
                    for (io.vertx.mutiny.sqlclient.Row r : rows) {
                        list.add(new EffectiveLevelView(r.getString(0), r.getString(1), r.getInteger(2),
                                Json.read(mapper, r.getString(3), EffectiveLevelView.Sources.class), r.getOffsetDateTime(4)));
                    }
                    return list;
                });
    }
}
