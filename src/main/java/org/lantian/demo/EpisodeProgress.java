package org.lantian.demo;

import java.time.OffsetDateTime;

/**
 * Where a replay stands. {@code state}: IDLE (none yet), RUNNING, FINISHED, STOPPED or FAILED; the simulated time is
 * the episode hour whose messages have all been published.
 */
public record EpisodeProgress(String state, String runId, String scenario, Long seed, Double speed,
                              OffsetDateTime episodeStart, OffsetDateTime episodeEnd, OffsetDateTime simulatedTime,
                              int hoursReplayed, int hours, int sent, int total, int badValues,
                              OffsetDateTime startedAt, OffsetDateTime endedAt, String failure) {

    static final EpisodeProgress IDLE = new EpisodeProgress("IDLE", null, null, null, null, null, null, null, 0, 0, 0, 0, 0,
            null, null, null);
}
