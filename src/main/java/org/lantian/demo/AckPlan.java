package org.lantian.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * When an enterprise acknowledges an order, pure from the scenario and the seed: never (listed in {@code never}), late
 * ({@code lateByHours} after the deadline, for the {@code lateShare} of enterprises drawn once per enterprise) or at
 * once ({@link #PROMPT} after the order's issue). The acknowledgement claims exactly that time, and the replay sends
 * it once business time has reached it.
 */
public final class AckPlan {

    /** How soon after its issue an enterprise that answers at once acknowledges. */
    public static final Duration PROMPT = Duration.ofMinutes(10);

    private AckPlan() {
    }

    /** Whether this enterprise answers late: one draw per enterprise from the seed, the same in every run. */
    public static boolean late(Scenario.Acknowledgements plan, long seed, String enterpriseId) {
        if (plan == null || plan.lateShare() <= 0) {
            return false;
        }
        long mixed = seed * 0x9E3779B97F4A7C15L ^ enterpriseId.hashCode();
        return new SplittableRandom(mixed).nextDouble() < plan.lateShare();
    }

    public static boolean never(Scenario.Acknowledgements plan, String enterpriseId) {
        return plan != null && plan.never() != null && plan.never().contains(enterpriseId);
    }

    /** The time the enterprise acknowledges the order, or null for never. */
    public static Instant claim(Scenario.Acknowledgements plan, long seed, SeenOrder order) {
        if (never(plan, order.enterpriseId())) {
            return null;
        }
        if (late(plan, seed, order.enterpriseId())) {
            return order.ackDeadline().plus(Duration.ofHours(plan.lateByHours()));
        }
        return order.issuedAt().plus(PROMPT);
    }
}
