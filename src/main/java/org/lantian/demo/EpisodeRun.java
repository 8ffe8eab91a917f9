package org.lantian.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One replay and how far it got; written by its thread, read by anyone. */
final class EpisodeRun {
    final String id;
    final String resource;
    final Scenario scenario;
    final long seed;
    final double speed;
    final boolean autoDecide;
    final Episode episode;
    final Instant startedAt;
    volatile String state = "RUNNING";
    volatile int sent;
    volatile int hoursReplayed = -1;
    volatile int ordersSeen;
    volatile int acks;
    volatile int decisions;
    volatile int settleTimeouts;
    volatile boolean waiting;
    volatile Instant endedAt;
    volatile String failure;
    volatile Thread thread;

    EpisodeRun(String id, String resource, Scenario scenario, long seed, double speed, boolean autoDecide, Episode episode,
        Instant startedAt) {
        this.id = id;
        this.resource = resource;
        this.scenario = scenario;
        this.seed = seed;
        this.speed = speed;
        this.autoDecide = autoDecide;
        this.episode = episode;
        this.startedAt = startedAt;
    }

    /** Ends the run once: false when it had already ended. */
    synchronized boolean finish(String outcome, String why, Instant at) {
        if (!state.equals("RUNNING")) {
            return false;
        }
        state = outcome;
        failure = why;
        endedAt = at;
        return true;
    }

    Instant simulated() {
        return hoursReplayed < 0 ? null : episode.start().plus(Duration.ofHours(hoursReplayed));
    }

    EpisodeProgress progress(Instant businessNow) {
        return new EpisodeProgress(state, id, resource, seed, speed, autoDecide, utc(episode.start()),
                utc(episode.start().plus(Duration.ofHours(episode.hours()))), utc(simulated()), Math.max(0, hoursReplayed),
                episode.hours(), sent, episode.total(), episode.badValues().size(), ordersSeen, acks, decisions,
                settleTimeouts, waiting, utc(businessNow), utc(startedAt), utc(endedAt), failure,
                thread != null && thread.isAlive());
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
