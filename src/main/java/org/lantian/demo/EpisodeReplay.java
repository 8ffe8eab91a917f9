package org.lantian.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.lantian.monitoring.RegionQueries;
import org.lantian.platform.http.Conflict;
import org.lantian.platform.security.SignInSettings;
import org.lantian.platform.kafka.KafkaSender;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Publishes a generated episode on the real input topics, as an outside system would, never by calling services.
 * The episode is placed so that it ends at "now" (the injected clock, when started): every timestamp is then in the
 * past and passes the ingestors' future-skew check, and the system sees the week unfold at {@code speed} simulated
 * hours per real second. The baseline history (before the episode's start) goes out at once.
 */
@ApplicationScoped
public class EpisodeReplay {

    /** Header on every replayed record: the run it belongs to (dead letters keep it). */
    public static final String RUN_HEADER = "lantian-episode";
    private static final Logger LOG = Logger.getLogger(EpisodeReplay.class);
    private static final int BATCH = 500;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final KafkaSender sender;
    private final RegionQueries regions;
    private final Clock clock;
    private final MeterRegistry registry;
    private final DemoSettings settings;
    private volatile Run run;

    EpisodeReplay(KafkaSender sender, RegionQueries regions, Clock clock, MeterRegistry registry, DemoSettings settings) {
        this.sender = sender;
        this.regions = regions;
        this.clock = clock;
        this.registry = registry;
        this.settings = settings;
    }

    /** Starts a replay of the configured scenario; a {@link Conflict} when one is running. */
    public Uni<EpisodeProgress> start(double speed, long seed) {
        return start(settings.episode().scenario(), speed, seed);
    }

    public Uni<EpisodeProgress> start(String scenarioResource, double speed, long seed) {
        DemoInstallation.require(SignInSettings.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()));
        requireIdle();
        Scenario scenario = Scenario.load(scenarioResource);
        return regions.demoStationCodes().emitOn(Infrastructure.getDefaultWorkerPool())
                .map(stations -> begin(scenarioResource, scenario, speed, seed, stations));
    }

    private synchronized EpisodeProgress begin(String resource, Scenario scenario, double speed, long seed, List<String> stations) {
        requireIdle();
        Instant now = clock.instant();
        // ends at the current hour: nothing it sends is ever in the future
        Instant start = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(scenario.hours()));
        Episode episode = EpisodeGenerator.generate(scenario, seed, start, stations);
        Run next = new Run(UUID.randomUUID().toString(), resource, seed, speed, episode, now);
        run = next;
        Thread thread = new Thread(() -> replay(next), "lantian-episode-" + next.id.substring(0, 8));
        thread.setDaemon(true);
        next.thread = thread;
        LOG.infof("episode event=STARTED run=%s scenario=%s seed=%d speed=%s start=%s hours=%d messages=%d badValues=%d",
                next.id, resource, seed, speed, start, episode.hours(), episode.messages().size(), episode.badValues().size());
        thread.start();
        return next.progress();
    }

    private void requireIdle() {
        Run current = run;
        if (current != null && current.state.equals("RUNNING")) {
            throw new Conflict("an episode is already running (run " + current.id + "); stop it first with DELETE /api/admin/episode");
        }
    }

    /** Stops the running replay; false when none is running. */
    public boolean stop() {
        Run current = run;
        if (current == null || !current.state.equals("RUNNING")) {
            return false;
        }
        current.finish("STOPPED", null, clock.instant());
        current.thread.interrupt();
        try {
            // the progress answered after a stop is final: no batch in flight still counts itself in
            current.thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.infof("episode event=STOPPED run=%s simulated=%s sent=%d total=%d", current.id, current.simulated(),
                current.sent, current.episode.messages().size());
        return true;
    }

    public EpisodeProgress progress() {
        Run current = run;
        return current == null ? EpisodeProgress.IDLE : current.progress();
    }

    public boolean running() {
        Run current = run;
        return current != null && current.state.equals("RUNNING");
    }

    private void replay(Run r) {
        List<TimedMessage> messages = r.episode.messages();
        long realStart = System.nanoTime();
        int next = 0;
        try {
            for (int hour = 0; hour <= r.episode.hours() && r.state.equals("RUNNING"); hour++) {
                // the pace is real elapsed time, not the business clock (which a test may move)
                long due = realStart + (long) (hour / r.speed * 1_000_000_000L);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                Duration upTo = Duration.ofHours(hour);
                int end = next;
                while (end < messages.size() && messages.get(end).offset().compareTo(upTo) <= 0) {
                    end++;
                }
                publish(r, messages.subList(next, end));
                next = end;
                r.hoursReplayed = hour;
                if (hour % 6 == 0 || hour == r.episode.hours()) {
                    LOG.infof("episode event=PROGRESS run=%s simulated=%s hour=%d/%d sent=%d total=%d", r.id, r.simulated(), hour,
                            r.episode.hours(), r.sent, messages.size());
                }
            }
            if (r.finish("FINISHED", null, clock.instant())) {
                LOG.infof("episode event=FINISHED run=%s sent=%d total=%d", r.id, r.sent, messages.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped
        } catch (RuntimeException e) {
            if (r.finish("FAILED", e.toString(), clock.instant())) {
                LOG.errorf(e, "episode event=FAILED run=%s sent=%d total=%d", r.id, r.sent, messages.size());
            }
        }
    }

    private void publish(Run r, List<TimedMessage> messages) {
        for (int from = 0; from < messages.size() && r.state.equals("RUNNING"); from += BATCH) {
            List<TimedMessage> batch = messages.subList(from, Math.min(messages.size(), from + BATCH));
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(batch.size());
            for (TimedMessage m : batch) {
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(m.topic(), m.key().getBytes(StandardCharsets.UTF_8),
                        m.json().getBytes(StandardCharsets.UTF_8));
                record.headers().add(RUN_HEADER, r.id.getBytes(StandardCharsets.UTF_8));
                records.add(record);
            }
            sender.sendAll(records).await().atMost(SEND_TIMEOUT);
            for (TimedMessage m : batch) {
                Counter.builder("aq.demo.episode.messages").tag("topic", m.topic()).register(registry).increment();
            }
            r.sent += batch.size();
        }
    }

    @PreDestroy
    void shutdown() {
        stop();
    }

    /** One replay and how far it got; written by its thread, read by anyone. */
    private static final class Run {
        final String id;
        final String scenario;
        final long seed;
        final double speed;
        final Episode episode;
        final Instant startedAt;
        volatile String state = "RUNNING";
        volatile int sent;
        volatile int hoursReplayed = -1;
        volatile Instant endedAt;
        volatile String failure;
        volatile Thread thread;

        Run(String id, String scenario, long seed, double speed, Episode episode, Instant startedAt) {
            this.id = id;
            this.scenario = scenario;
            this.seed = seed;
            this.speed = speed;
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

        EpisodeProgress progress() {
            return new EpisodeProgress(state, id, scenario, seed, speed, utc(episode.start()),
                    utc(episode.start().plus(Duration.ofHours(episode.hours()))), utc(simulated()), Math.max(0, hoursReplayed),
                    episode.hours(), sent, episode.messages().size(), episode.badValues().size(), utc(startedAt), utc(endedAt),
                    failure, thread != null && thread.isAlive());
        }

        private static OffsetDateTime utc(Instant at) {
            return at == null ? null : at.atOffset(ZoneOffset.UTC);
        }
    }
}
