package org.lantian.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.lantian.platform.failure.RecordRejected;

/** Semantic checks shared by the monitoring inputs. */
final class Measurements {

    private Measurements() {
    }

    static void requireNotNegative(String field, Double value) {
        if (value != null && value < 0) {
            throw new RecordRejected("negative-value", field, field + " must not be negative, was " + value);
        }
    }

    static void requirePlausible(String field, Double value, double limit) {
        requireNotNegative(field, value);
        if (value != null && (value > limit || value.isNaN() || value.isInfinite())) {
            throw new RecordRejected("implausible-value", field, field + " = " + value + " is above the plausible " + limit);
        }
    }

    static void requireNotInFuture(String field, OffsetDateTime at, Clock clock, java.time.Duration skew) {
        if (at.toInstant().isAfter(clock.instant().plus(skew))) {
            throw new RecordRejected("future-timestamp", field, field + " " + at + " is more than " + skew + " in the future");
        }
    }
}
