package org.lantian.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.lantian.monitoring.RegionQueries;
import org.lantian.platform.Backlog;
import org.lantian.platform.BusinessClock;
import org.lantian.platform.http.Conflict;
import org.lantian.platform.security.SignInSettings;
import org.lantian.platform.kafka.KafkaSender;

import io.micrometer.core.instrument.Counter;
import io.smallrye.common.annotation.Identifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Publishes a generated episode on the real input topics, as outside systems would, never by calling services. The
 * episode starts at business "now" and runs the business clock ({@link BusinessClock}) ahead with it: simulated hour
 * <i>h</i> is published once business time has reached its end, at most {@code speed} simulated hours per real second,
 * and only once the system has processed the hour before ({@link Backlog}), so that every clock-driven rule — forecast
 * periods, the observed trigger's age, acknowledgement deadlines — sees the episode's own time. The baseline history
 * (before the start) goes out at once. Enterprises answer the orders they receive on the directive topic (at once,
 * late or never, {@link AckPlan}) and draw less electricity while under one, as their behaviour says.
 */
@ApplicationScoped
public class EpisodeReplay {

    /** Header on every replayed record: the run it belongs to (dead letters keep it). */
    public static final String RUN_HEADER = "lantian-episode";
    static final String ACKS = "aq.directive.acks.v1";
    private static final Logger LOG = Logger.getLogger(EpisodeReplay.class);
    private static final int BATCH = 500;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final long SETTLE_POLL_MS = 50;
    /** A settle longer than this is logged with what the system is behind on. */
    private static final long SLOW_SETTLE_NANOS = 3_000_000_000L;

    private final KafkaSender sender;
    private final RegionQueries regions;
    private final Clock clock;
    private final BusinessClock business;
    private final Backlog backlog;
    private final AutoDecider decider;
    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry registry;
    private final DemoSettings settings;
    private volatile EpisodeRun run;

    EpisodeReplay(KafkaSender sender, RegionQueries regions, Clock clock, BusinessClock business, Backlog backlog,
                  AutoDecider decider, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                  MeterRegistry registry, DemoSettings settings) {
        this.sender = sender;
        this.regions = regions;
        this.clock = clock;
        this.business = business;
        this.backlog = backlog;
        this.decider = decider;
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
        this.settings = settings;
    }

    /** Starts a replay of the configured scenario; a {@link Conflict} when one is running. */
    public Uni<EpisodeProgress> start(double speed, long seed) {
        return start(settings.episode().scenario(), speed, seed, settings.episode().autoDecide());
    }

    /** Starts a replay of a scenario file on the classpath; {@code autoDecide}: the run accepts its own proposals. */
    public Uni<EpisodeProgress> start(String scenarioResource, double speed, long seed, boolean autoDecide) {
        DemoInstallation.require(SignInSettings.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()));
        requireIdle();
        Scenario scenario = Scenario.load(scenarioResource);
        return regions.demoStationCodes().emitOn(Infrastructure.getDefaultWorkerPool())
                .map(stations -> begin(scenarioResource, scenario, speed, seed, autoDecide, stations));
    }

    private synchronized EpisodeProgress begin(String resource, Scenario scenario, double speed, long seed, boolean autoDecide,
                                               List<String> stations) {
        requireIdle();
        Instant now = clock.instant();
        // starts at the current business hour; hour h is published once business time has reached its end
        Instant start = now.truncatedTo(ChronoUnit.HOURS);
        Episode episode = EpisodeGenerator.generate(scenario, seed, start, stations);
        // watching the orders from before anything is sent: every order of this run is seen
        OrderWatch watch = new OrderWatch(kafkaConfig);
        EpisodeRun next = new EpisodeRun(UUID.randomUUID().toString(), resource, scenario, seed, speed, autoDecide, episode, now);
        run = next;
        Thread thread = new Thread(() -> replay(next, watch), "lantian-episode-" + next.id.substring(0, 8));
        thread.setDaemon(true);
        next.thread = thread;
        LOG.infof("episode event=STARTED run=%s scenario=%s seed=%d speed=%s start=%s hours=%d messages=%d badValues=%d autoDecide=%s",
                next.id, resource, seed, speed, start, episode.hours(), episode.total(), episode.badValues().size(), autoDecide);
        thread.start();
        return progressOf(next);
    }

    private void requireIdle() {
        EpisodeRun current = run;
        if (current != null && current.state.equals("RUNNING")) {
            throw new Conflict("an episode is already running (run " + current.id + "); stop it first with DELETE /api/admin/episode");
        }
    }

    /** Stops the running replay; false when none is running. Business time stays where the episode took it. */
    public boolean stop() {
        EpisodeRun current = run;
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
                current.sent, current.episode.total());
        return true;
    }

    public EpisodeProgress progress() {
        EpisodeRun current = run;
        return current == null ? EpisodeProgress.IDLE : progressOf(current);
    }

    public boolean running() {
        EpisodeRun current = run;
        return current != null && current.state.equals("RUNNING");
    }

    private EpisodeProgress progressOf(EpisodeRun r) {
        return r.progress(clock.instant());
    }

    private void replay(EpisodeRun r, OrderWatch watch) {
        long realStart = System.nanoTime();
        try (watch) {
            EpisodeHours hours = new EpisodeHours(r.episode);
            SeenOrders orders = new SeenOrders(r.scenario.acknowledgements(), r.seed);
            for (int hour = 0; hour <= r.episode.hours() && r.state.equals("RUNNING"); hour++) {
                // the pace is real elapsed time: the business clock is what the replay moves
                long due = realStart + (long) (hour / r.speed * 1_000_000_000L);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                step(r, hour, hours, orders, watch);
                r.hoursReplayed = hour;
                if (hour % 6 == 0 || hour == r.episode.hours()) {
                    LOG.infof("episode event=PROGRESS run=%s simulated=%s hour=%d/%d sent=%d total=%d orders=%d acks=%d decisions=%d",
                            r.id, r.simulated(), hour, r.episode.hours(), r.sent, r.episode.total(), r.ordersSeen, r.acks, r.decisions);
                }
            }
            if (r.finish("FINISHED", null, clock.instant())) {
                LOG.infof("episode event=FINISHED run=%s sent=%d total=%d orders=%d acks=%d decisions=%d", r.id, r.sent,
                        r.episode.total(), r.ordersSeen, r.acks, r.decisions);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped
        } catch (RuntimeException e) {
            if (r.finish("FAILED", e.toString(), clock.instant())) {
                LOG.errorf(e, "episode event=FAILED run=%s sent=%d total=%d", r.id, r.sent, r.episode.total());
            }
        }
    }

    /** One simulated hour: time moves to its end, its messages and the acknowledgements due go out, the system settles. */
    private void step(EpisodeRun r, int hour, EpisodeHours hours, SeenOrders orders, OrderWatch watch) throws InterruptedException {
        Instant end = r.episode.start().plus(Duration.ofHours(hour));
        business.advanceTo(end);
        watch.poll().forEach(orders::add);
        r.ordersSeen = orders.count();
        List<TimedMessage> out = new ArrayList<>(hours.fixed(hour));
        // an hour's electricity as its enterprise behaves with the orders in force at the hour's middle
        for (MeterHour mh : hours.metered(hour)) {
            Instant middle = r.episode.start().plus(Duration.ofMinutes(60L * mh.hour() - 30));
            out.add(TelemetrySeries.render(mh, orders.inForce(mh.enterprise().id(), middle), r.scenario.compliantShare(),
                    r.episode.start(), r.episode.zone()));
        }
        publish(r, out, true);
        List<TimedMessage> acks = new ArrayList<>();
        for (SeenOrders.DueAck a : orders.due(end)) {
            acks.add(ack(a, r.episode.zone()));
        }
        publish(r, acks, false);
        r.acks += acks.size();
        settle(r);
        if (r.autoDecide && r.state.equals("RUNNING")) {
            int decided = decider.decideOpen();
            r.decisions += decided;
            if (decided > 0) {
                settle(r);
            }
        }
    }

    private static TimedMessage ack(SeenOrders.DueAck a, ZoneOffset zone) {
        SeenOrder o = a.order();
        String body = Bodies.object().put("directiveId", o.directiveId()).put("enterpriseId", o.enterpriseId())
                .put("ackedAt", Bodies.time(a.at(), zone)).put("by", "演示企业值班员 / demo duty manager")
                .put("version", o.version()).put("channel", "kafka").toString();
        return new TimedMessage(Duration.ZERO, ACKS, o.enterpriseId(), body);
    }

    /** Waits until the system has processed everything sent so far, bounded: a slow system slows the episode, never stops it. */
    private void settle(EpisodeRun r) throws InterruptedException {
        long begun = System.nanoTime();
        long deadline = begun + settings.episode().settleTimeout().toNanos();
        boolean told = false;
        r.waiting = true;
        try {
            while (r.state.equals("RUNNING") && !backlog.caughtUp()) {
                if (!told && System.nanoTime() - begun > SLOW_SETTLE_NANOS) {
                    told = true;
                    LOG.infof("episode event=SETTLING run=%s simulated=%s behind=%s", r.id, r.simulated(), backlog.behind());
                }
                if (System.nanoTime() > deadline) {
                    r.settleTimeouts++;
                    LOG.warnf("episode event=SETTLE_TIMEOUT run=%s simulated=%s behind=%s: moving on", r.id, r.simulated(),
                            backlog.behind());
                    return;
                }
                Thread.sleep(SETTLE_POLL_MS);
            }
        } finally {
            r.waiting = false;
        }
    }

    private void publish(EpisodeRun r, List<TimedMessage> messages, boolean counted) {
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
            if (counted) {
                r.sent += batch.size();
            }
        }
    }

    @PreDestroy
    void shutdown() {
        stop();
    }
}
