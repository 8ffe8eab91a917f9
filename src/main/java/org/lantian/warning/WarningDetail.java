package org.lantian.warning;

import java.time.OffsetDateTime;
import java.util.List;

/** GET /api/warnings/{id}: a warning with every action taken on it, oldest first. */
public record WarningDetail(Warning warning, List<Action> actions) {

    /** One action on a warning (ISSUED, ADJUSTED, LIFTED, …) as recorded in its history. */
    public record Action(Integer version, String type, String level, String previousLevel, String actor, String reason,
                         String overrideReason, OffsetDateTime effectiveFrom, OffsetDateTime at) {
    }
}
