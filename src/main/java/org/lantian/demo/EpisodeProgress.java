package org.lantian.demo;

import java.time.OffsetDateTime;

/**
 * Where a replay stands. {@code state}: IDLE (none yet), RUNNING, FINISHED, STOPPED or FAILED; the simulated time is
 * the episode hour whose messages have all been published. {@code publishing}: the replay's thread is still alive —
 * false once a stop has returned, so {@code sent} is then final.
 */
public record EpisodeProgress(String state, String runId, String scenario, Long seed, Double speed,
                              OffsetDateTime episodeStart, OffsetDateTime episodeEnd, OffsetDateTime simulatedTime,
                              int hoursReplayed, int hours, int sent, int total, int badValues,
                              OffsetDateTime startedAt, OffsetDateTime endedAt, String failure, boolean publishing) {

    static final EpisodeProgress IDLE = new EpisodeProgress("IDLE", null, null, null, null, null, null, null, 0, 0, 0, 0, 0,
            null, null, null, false);
}
