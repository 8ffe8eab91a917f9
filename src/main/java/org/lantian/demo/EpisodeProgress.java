package org.lantian.demo;

import java.time.OffsetDateTime;

/**
 * Where a replay stands. {@code state}: IDLE (none yet), RUNNING, FINISHED, STOPPED or FAILED; the simulated time is
 * the episode hour whose messages have all been published. {@code publishing}: the replay's thread is still alive —
 * false once a stop has returned, so {@code sent} is then final. {@code ordersSeen}: industrial orders the replay saw
 * on the directive topic; {@code acknowledgementsSent}: its enterprises' answers; {@code decisions}: proposals it
 * decided itself (auto-decide); {@code settleTimeouts}: hours after which it moved on before the system had caught up;
 * {@code waitingForSystem}: waiting for that now; {@code businessTime}: the business clock (ahead of the wall clock
 * while and after an episode runs).
 */
public record EpisodeProgress(String state, String runId, String scenario, Long seed, Double speed, Boolean autoDecide,
                              OffsetDateTime episodeStart, OffsetDateTime episodeEnd, OffsetDateTime simulatedTime,
                              int hoursReplayed, int hours, int sent, int total, int badValues,
                              int ordersSeen, int acknowledgementsSent, int decisions, int settleTimeouts,
                              boolean waitingForSystem, OffsetDateTime businessTime, OffsetDateTime startedAt, OffsetDateTime endedAt, String failure, boolean publishing) {

    static final EpisodeProgress IDLE = new EpisodeProgress("IDLE", null, null, null, null, null, null, null, null, 0, 0, 0, 0, 0,
            0, 0, 0, 0, false, null, null, null, null, false);
}
