package org.lantian.platform.security;

import java.time.OffsetDateTime;

import io.smallrye.mutiny.Uni;

/**
 * Where refused reaches for another tenant's object are recorded (ACCESS_DENIED). The event log implements
 * it, so the platform does not depend on a capability above it.
 */
public interface DenialJournal {

    /** One refusal; {@code unrecorded} counts this actor's refusals left out since the last one recorded. */
    record Denial(String actor, OffsetDateTime at, String endpoint, Target target, String reason, long unrecorded) {
    }

    Uni<Void> record(Denial denial);
}
