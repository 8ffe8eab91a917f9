package org.lantian.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lantian.directive.OrderPeriods;
import org.lantian.directive.OrderPeriods.OrderPeriod;
import org.lantian.monitoring.TelemetryQueries;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What no telemetry record triggers, checked by the clock: meters an order depends on that fell silent for longer
 * than {@code lantian.compliance.silence}, and open findings whose order has ended (closed then). Every instance may
 * run it: verdicts are idempotent and each enterprise's writes are serialised by its advisory lock.
 */
@ApplicationScoped
public class ComplianceSweep {

    private static final Logger LOG = Logger.getLogger(ComplianceSweep.class);

    private final OrderPeriods orders;
    private final TelemetryQueries telemetry;
    private final ListFacts facts;
    private final FindingStore store;
    private final FindingRows rows;
    private final Pool pool;
    private final ComplianceSettings settings;
    private final Vertx vertx;
    private final Clock clock;
    private long timer = -1;

    ComplianceSweep(OrderPeriods orders, TelemetryQueries telemetry, ListFacts facts, FindingStore store, FindingRows rows, Pool pool,
                    ComplianceSettings settings, Vertx vertx, Clock clock) {
        this.orders = orders;
        this.telemetry = telemetry;
        this.facts = facts;
        this.store = store;
        this.rows = rows;
        this.pool = pool;
        this.settings = settings;
        this.vertx = vertx;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(settings.sweepInterval().toMillis(), id -> sweep().subscribe().with(n -> { },
                e -> LOG.warnf("Compliance sweep failed: %s", e)));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** One round by the clock's now; answers how many findings changed. */
    public Uni<Integer> sweep() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return rows.open(pool).chain(open -> {
            Map<String, Set<FindingStore.Key>> openByEnterprise = new TreeMap<>();
            OffsetDateTime earliest = now;
            for (FindingRows.OpenKey f : open) {
                openByEnterprise.computeIfAbsent(f.enterpriseId(), e -> new TreeSet<>()).add(f.key());
                earliest = f.firstHour().isBefore(earliest) ? f.firstHour() : earliest;
            }
            OffsetDateTime since = earliest.minusDays(1);
            return orders.all(since, now.plusNanos(1000)).chain(periods -> {
                Map<String, List<OrderPeriod>> byEnterprise = new TreeMap<>();
                periods.forEach(p -> byEnterprise.computeIfAbsent(p.enterpriseId(), e -> new ArrayList<>()).add(p));
                Set<String> enterprises = new TreeSet<>(byEnterprise.keySet());
                return Multi.createFrom().iterable(enterprises)
                        .onItem().transformToUniAndConcatenate(e -> enterprise(e, byEnterprise.get(e),
                                openByEnterprise.getOrDefault(e, Set.of()), now))
                        .collect().asList().map(list -> list.stream().mapToInt(Integer::intValue).sum());
            });
        });
    }

    private Uni<Integer> enterprise(String enterpriseId, List<OrderPeriod> periods, Set<FindingStore.Key> open, OffsetDateTime now) {
        Map<String, OrderPeriod> byId = new LinkedHashMap<>();
        periods.forEach(p -> byId.put(p.directiveId(), p));
        Set<FindingStore.Key> ended = new HashSet<>();
        for (FindingStore.Key k : open) {
            OrderPeriod p = byId.get(k.directiveId());
            if (p != null && p.endsAt() != null && !p.endsAt().isAfter(now)) {
                ended.add(k);
            }
        }
        List<OrderPeriod> inForce = periods.stream()
                .filter(p -> p.holdsAt(now) && !now.isBefore(p.effectiveFrom().plus(settings.grace()))).toList();
        if (inForce.isEmpty() && ended.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return facts.of(enterpriseId).chain(f -> telemetry.lastSeen(enterpriseId, now).chain(seen -> {
            List<HourVerdict> gaps = new ArrayList<>();
            boolean metered = settings.unmeteredGaps() || !seen.isEmpty();
            for (OrderPeriod order : metered ? inForce : List.<OrderPeriod>of()) {
                gaps.addAll(gaps(order, f, seen, open, now));
            }
            return store.apply(enterpriseId, gaps, byId, ended);
        }));
    }

    private List<HourVerdict> gaps(OrderPeriod order, EnterpriseFacts f, List<TelemetryQueries.LastSeen> seen, Set<FindingStore.Key> open,
                                   OffsetDateTime now) {
        Map<String, OffsetDateTime> last = new TreeMap<>();
        seen.stream().filter(s -> s.kind().equals(MeterData.ELECTRICITY)).forEach(s -> last.put(s.meter(), s.at()));
        OrderChecks checks = new OrderChecks(CheckLimits.of(settings));
        OffsetDateTime hour = now.truncatedTo(ChronoUnit.HOURS).equals(now) ? now : now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        List<HourVerdict> out = new ArrayList<>();
        List<String> depended = checks.dependedMeters(order, f, last.keySet());
        // a gap on main opened before the line meters reported: the order no longer depends on main
        for (FindingStore.Key k : open) {
            if (k.rule() == Rule.MONITORING_GAP && k.directiveId().equals(order.directiveId()) && !depended.contains(k.meter())) {
                out.add(new HourVerdict(order.directiveId(), Rule.MONITORING_GAP, k.meter(), hour, Verdict.COMPLIANT, 0.0, null,
                        (double) settings.silence().toMinutes(), "no longer depended on: " + String.join(", ", depended) + " report"));
            }
        }
        for (String meter : depended) {
            OffsetDateTime lastReport = last.get(meter);
            OffsetDateTime from = lastReport == null || lastReport.isBefore(order.effectiveFrom()) ? order.effectiveFrom() : lastReport;
            Duration silent = Duration.between(from, now);
            if (silent.compareTo(settings.silence()) > 0) {
                out.add(new HourVerdict(order.directiveId(), Rule.MONITORING_GAP, meter, hour, Verdict.VIOLATION,
                        (double) silent.toMinutes(), null, (double) settings.silence().toMinutes(),
                        lastReport == null ? "never reported" : "last report at " + lastReport));
            }
        }
        return out;
    }
}
