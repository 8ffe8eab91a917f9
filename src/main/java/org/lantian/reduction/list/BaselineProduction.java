package org.lantian.reduction.list;

import java.util.Objects;

/**
 * Baseline production: the lowest of approved capacity, permit capacity and last year's average daily output
 * (domain.md §5), e.g. {@code 6000 t/d} or {@code 30 万块/d}.
 */
public record BaselineProduction(double amount, String unit) {
    public BaselineProduction {
        if (!Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException("amount must be a finite number ≥ 0, was " + amount);
        }
        Objects.requireNonNull(unit, "unit");
        if (unit.isBlank()) {
            throw new IllegalArgumentException("unit must not be blank");
        }
    }
}
