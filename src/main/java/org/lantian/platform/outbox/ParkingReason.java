package org.lantian.platform.outbox;

/** Body of the admin's re-queue and discard: why (required, at most {@link #MAX_LENGTH} characters). */
public record ParkingReason(String reason) {

    public static final int MAX_LENGTH = 2000;
}
