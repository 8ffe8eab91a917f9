package org.lantian.demo;

import java.time.Instant;

/** An industrial order as the replay saw it on aq.directive.industrial.v1 (the fields it acts on). */
public record SeenOrder(String directiveId, int version, String warningId, String enterpriseId, String level, String action,
                        Instant effectiveFrom, Instant issuedAt, Instant ackDeadline) {

    /** An END order lifts the enterprise's measures; every other action keeps some in force. */
    public boolean ends() {
        return action.equals("END");
    }
}
