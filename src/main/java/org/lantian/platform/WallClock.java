package org.lantian.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * The wall clock, for technical time only: stall checks, outbox ages and retention, rate-limit windows — what is
 * compared with Kafka's and the database's own stamps. Business time (when a warning was issued, an order is due) is
 * the unqualified {@link java.time.Clock}, which tests move and a demo may run ahead; technical checks must not follow.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface WallClock {
}
