package org.lantian.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The orders a replay has seen, per enterprise, and the acknowledgements it owes: whether an enterprise is under an
 * order at a time (the latest order effective by then does not end its measures), and which acknowledgements are due.
 * Used by the replay's one thread.
 */
final class SeenOrders {

    /** An acknowledgement to send once business time reaches {@code at}. */
    record DueAck(SeenOrder order, Instant at) {
    }

    private final Scenario.Acknowledgements plan;
    private final long seed;
    private final Map<String, List<SeenOrder>> byEnterprise = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<DueAck> owed = new ArrayList<>();

    SeenOrders(Scenario.Acknowledgements plan, long seed) {
        this.plan = plan;
        this.seed = seed;
    }

    /** Takes an order in once (a redelivery changes nothing); schedules its acknowledgement, if the plan gives one. */
    void add(SeenOrder order) {
        if (!seen.add(order.directiveId())) {
            return;
        }
        List<SeenOrder> orders = byEnterprise.computeIfAbsent(order.enterpriseId(), k -> new ArrayList<>());
        orders.add(order);
        orders.sort(Comparator.comparing(SeenOrder::effectiveFrom).thenComparing(SeenOrder::issuedAt).thenComparing(SeenOrder::version));
        Instant claim = AckPlan.claim(plan, seed, order);
        if (claim != null) {
            owed.add(new DueAck(order, claim));
        }
    }

    boolean inForce(String enterpriseId, Instant at) {
        SeenOrder current = null;
        for (SeenOrder o : byEnterprise.getOrDefault(enterpriseId, List.of())) {
            if (!o.effectiveFrom().isAfter(at)) {
                current = o;
            }
        }
        return current != null && !current.ends();
    }

    /** The acknowledgements due by {@code now}, taken off the list. */
    List<DueAck> due(Instant now) {
        List<DueAck> due = new ArrayList<>();
        for (Iterator<DueAck> it = owed.iterator(); it.hasNext();) {
            DueAck a = it.next();
            if (!a.at().isAfter(now)) {
                due.add(a);
                it.remove();
            }
        }
        due.sort(Comparator.comparing(DueAck::at));
        return due;
    }

    int count() {
        return seen.size();
    }
}
