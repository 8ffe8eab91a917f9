package org.lantian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the replay makes of the orders it sees: when an enterprise is under one, and when it acknowledges. */
class SeenOrdersTest {

    static final Instant T = Instant.parse("2026-01-15T08:00:00Z");
    static final Scenario.Acknowledgements PLAN = new Scenario.Acknowledgements(0.5, 3, List.of("NEVER"));

    static SeenOrder order(String id, String enterprise, String action, Instant from) {
        return new SeenOrder(id, 1, "W-1", enterprise, "ORANGE", action, from, from, from.plus(Duration.ofHours(2)));
    }

    @Test
    void anEnterpriseIsUnderAnOrderFromItsStartUntilAnEndOrder() {
        SeenOrders orders = new SeenOrders(PLAN, 1);
        orders.add(order("D-1", "E", "START", T));
        orders.add(order("D-2", "E", "END", T.plus(Duration.ofHours(10))));
        assertThat(orders.inForce("E", T.minusSeconds(1))).isFalse();
        assertThat(orders.inForce("E", T)).isTrue();
        assertThat(orders.inForce("E", T.plus(Duration.ofHours(9)))).isTrue();
        assertThat(orders.inForce("E", T.plus(Duration.ofHours(10)))).isFalse();
        assertThat(orders.inForce("OTHER", T)).isFalse();
    }

    @Test
    void anOrderSeenTwiceIsAcknowledgedOnce() {
        SeenOrders orders = new SeenOrders(new Scenario.Acknowledgements(0, 3, List.of()), 1);
        orders.add(order("D-1", "E", "START", T));
        orders.add(order("D-1", "E", "START", T));
        assertThat(orders.count()).isEqualTo(1);
        assertThat(orders.due(T.plus(Duration.ofDays(1)))).hasSize(1);
        assertThat(orders.due(T.plus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void aPromptEnterpriseAcknowledgesTenMinutesAfterTheIssueAndNotBefore() {
        SeenOrders orders = new SeenOrders(new Scenario.Acknowledgements(0, 3, List.of()), 1);
        orders.add(order("D-1", "E", "START", T));
        assertThat(orders.due(T.plus(Duration.ofMinutes(9)))).isEmpty();
        assertThat(orders.due(T.plus(Duration.ofMinutes(10)))).extracting(SeenOrders.DueAck::at)
                .containsExactly(T.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aLateEnterpriseAcknowledgesThreeHoursAfterTheDeadline() {
        SeenOrders orders = new SeenOrders(new Scenario.Acknowledgements(1.0, 3, List.of()), 1);
        orders.add(order("D-1", "E", "START", T));
        // deadline T+2h, then 3 h late
        assertThat(orders.due(T.plus(Duration.ofMinutes(299)))).isEmpty();
        assertThat(orders.due(T.plus(Duration.ofHours(5)))).extracting(SeenOrders.DueAck::at).containsExactly(T.plus(Duration.ofHours(5)));
    }

    @Test
    void anEnterpriseListedAsNeverDoesNotAcknowledge() {
        SeenOrders orders = new SeenOrders(PLAN, 1);
        orders.add(order("D-1", "NEVER", "START", T));
        assertThat(orders.due(T.plus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void theLateShareIsDrawnOncePerEnterpriseAndHoldsOverMany() {
        Scenario.Acknowledgements fifth = new Scenario.Acknowledgements(0.2, 3, List.of());
        int late = 0;
        for (int i = 0; i < 10_000; i++) {
            String id = "91141031MA0LD" + i;
            boolean first = AckPlan.late(fifth, 42, id);
            assertThat(AckPlan.late(fifth, 42, id)).isEqualTo(first);
            late += first ? 1 : 0;
        }
        assertThat(late).isBetween(1_800, 2_200);
    }
}
