package org.lantian.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OrderCountsTest {

    @Test
    void groupsAreSummedAndTheRateIsOfTheSums() {
        OrderCounts c = OrderCounts.of(List.of(
                new OrderCounts.Group("INDUSTRIAL", "START", 6, 4, 1, 2),
                new OrderCounts.Group("INDUSTRIAL", "END", 2, 0, 0, 0),
                new OrderCounts.Group("VEHICLE", "START", 1, 1, 0, 0)));
        // 9 orders, 5 acknowledged: 5/9 = 0.5555… → 0.556
        assertThat(c).isEqualTo(new OrderCounts(null, 9, 5, 4, 0.556, 2, 1,
                Map.of("INDUSTRIAL", Map.of("START", 6L, "END", 2L), "VEHICLE", Map.of("START", 1L))));
    }

    @Test
    void nothingIssuedHasNoRate() {
        assertThat(OrderCounts.NONE).isEqualTo(new OrderCounts(null, 0, 0, 0, null, 0, 0, Map.of()));
        assertThat(OrderCounts.NONE.issuedInDay().issuedLast24h()).isZero();
    }

    @Test
    void addingRecomputesTheRateFromTheSumsAndMergesKinds() {
        // region A: 3 issued, 1 acknowledged (0.333); region B: 1 issued, 1 acknowledged (1.0)
        OrderCounts a = OrderCounts.of(List.of(new OrderCounts.Group("INDUSTRIAL", "START", 3, 1, 0, 1))).issuedInDay();
        OrderCounts b = OrderCounts.of(List.of(new OrderCounts.Group("INDUSTRIAL", "START", 1, 1, 1, 0),
                new OrderCounts.Group("CONSTRUCTION", "START", 0, 0, 0, 0))).issuedInDay();
        OrderCounts sum = a.plus(b);
        // 4 issued, 2 acknowledged: 0.5, not the mean of the rates (0.667)
        assertThat(sum).isEqualTo(new OrderCounts(4L, 4, 2, 2, 0.5, 1, 1,
                Map.of("INDUSTRIAL", Map.of("START", 4L), "CONSTRUCTION", Map.of("START", 0L))));
        // a set that is not a 24-hour window drops the mark
        assertThat(a.plus(OrderCounts.NONE).issuedLast24h()).isNull();
    }
}
