package org.lantian.compliance;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.directive.OrderPeriods;
import org.lantian.directive.OrderPeriods.OrderPeriod;
import org.lantian.monitoring.TelemetryQueries;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Checks the hours of one enterprise whose telemetry changed against every order that held then: the orders come
 * from directive, the telemetry and its baseline history from monitoring, the permits from the list — each through
 * its query API — and the verdicts go to {@link FindingStore}.
 */
@ApplicationScoped
public class ComplianceEvaluator {

    private final OrderPeriods orders;
    private final TelemetryQueries telemetry;
    private final ListFacts facts;
    private final FindingStore store;
    private final ComplianceSettings settings;
    private final MeterRegistry registry;

    ComplianceEvaluator(OrderPeriods orders, TelemetryQueries telemetry, ListFacts facts, FindingStore store,
                        ComplianceSettings settings, MeterRegistry registry) {
        this.orders = orders;
        this.telemetry = telemetry;
        this.facts = facts;
        this.store = store;
        this.settings = settings;
        this.registry = registry;
    }

    /** Re-checks these hours (ends) of one enterprise; answers how many findings changed. */
    public Uni<Integer> evaluate(String enterpriseId, SortedSet<OffsetDateTime> hours) {
        OffsetDateTime from = hours.first().minusHours(1);
        OffsetDateTime to = hours.last();
        return orders.ofEnterprise(enterpriseId, from, to).chain(periods -> {
            if (periods.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return facts.of(enterpriseId).chain(f -> telemetry.hourlyMeans(enterpriseId, from, to)
                    .chain(hourly -> telemetry.gatePassages(enterpriseId, from, to)
                            .chain(passages -> verdicts(enterpriseId, periods, f, hours, new MeterData(hourly), passages, 0,
                                    new ArrayList<>())))
                    .chain(verdicts -> {
                        registry.counter("aq.compliance.verdicts").increment(verdicts.size());
                        Map<String, OrderPeriod> byId = new LinkedHashMap<>();
                        periods.forEach(p -> byId.put(p.directiveId(), p));
                        return store.apply(enterpriseId, verdicts, byId, Set.of());
                    }));
        });
    }

    /** One order after the other, each with the baseline days before it. */
    private Uni<List<HourVerdict>> verdicts(String enterpriseId, List<OrderPeriod> periods, EnterpriseFacts f, SortedSet<OffsetDateTime> hours,
                                            MeterData data, List<TelemetryQueries.GatePassage> passages, int i, List<HourVerdict> out) {
        if (i == periods.size()) {
            return Uni.createFrom().item(out);
        }
        OrderPeriod order = periods.get(i);
        Set<OffsetDateTime> mine = new TreeSet<>(hours.stream().filter(h -> new OrderChecks(CheckLimits.of(settings)).checked(order, h)).toList());
        if (mine.isEmpty()) {
            return verdicts(enterpriseId, periods, f, hours, data, passages, i + 1, out);
        }
        return history(enterpriseId, order).chain(history -> {
            out.addAll(new OrderChecks(CheckLimits.of(settings)).verdicts(order, f, mine, data, history, passages));
            return verdicts(enterpriseId, periods, f, hours, data, passages, i + 1, out);
        });
    }

    /** The hourly means of the baseline days before an order took effect. */
    Uni<MeterData> history(String enterpriseId, OrderPeriod order) {
        OffsetDateTime start = order.effectiveFrom().minus(Duration.ofDays(settings.baselineDays() + 1));
        return telemetry.hourlyMeans(enterpriseId, start, order.effectiveFrom()).map(MeterData::new);
    }
}
