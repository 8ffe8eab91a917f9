package org.lantian.eventlog;


/**
 * The answer of {@code GET /api/events/verify}: the chain as the database has it, and the log against the anchors
 * on Kafka. {@code intact} only when the chain recomputes and no anchor is contradicted; whether the anchors could
 * be read at all is {@code anchorCheck} (UNAVAILABLE: intact then speaks for the chain alone).
 *
 * @param events events recomputed
 * @param firstMismatch the first event whose hash does not recompute, or null
 * @param anchorCheck CONSISTENT, CONTRADICTED, NO_ANCHORS or UNAVAILABLE
 * @param anchorsChecked anchors compared with the log
 * @param contradictedAnchor the first anchor (lowest seq) the log contradicts: seq, hash, at, found (the log's hash
 *                           at that seq, null if it has none), reason; or null
 * @param anchorCheckProblem why the anchor check is incomplete, or null
 */
public record LogVerification(long events, boolean intact, EventLog.Mismatch firstMismatch, AnchorCheck.Outcome anchorCheck,
                              long anchorsChecked, AnchorCheck.Contradiction contradictedAnchor, String anchorCheckProblem) {

    static LogVerification of(EventLog.Verification chain, AnchorCheck.Result anchors) {
        return new LogVerification(chain.events(), chain.intact() && anchors.outcome() != AnchorCheck.Outcome.CONTRADICTED,
                chain.firstMismatch(), anchors.outcome(), anchors.checked(), anchors.contradicted(), anchors.problem());
    }
}
