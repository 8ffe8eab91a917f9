package org.lantian.console;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lantian.eventlog.EventFeed;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;

/**
 * The changes every open console hears about: what was appended to the event log since the last look, read every
 * {@code lantian.console.poll-interval} while at least one console is connected. Reading the log (not an in-process
 * bus) means a change made on another instance reaches this one's consoles too.
 */
@ApplicationScoped
public class ChangeBroadcast {

    private static final Logger LOG = Logger.getLogger(ChangeBroadcast.class);
    private static final int BATCH = 500;

    private final EventFeed feed;
    private final Vertx vertx;
    private final Duration interval;
    private final BroadcastProcessor<EventFeed.Change> changes = BroadcastProcessor.create();
    private final AtomicInteger listeners = new AtomicInteger();
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile long seen = -1;
    private volatile long timer = -1;

    ChangeBroadcast(EventFeed feed, Vertx vertx,
                    @ConfigProperty(name = "lantian.console.poll-interval", defaultValue = "PT1S") Duration interval) {
        this.feed = feed;
        this.vertx = vertx;
        this.interval = interval;
    }

    /** The changes from now on, while the subscriber listens. */
    public Multi<EventFeed.Change> listen() {
        return changes.onSubscription().invoke(() -> {
            if (listeners.incrementAndGet() == 1) {
                start();
            }
        }).onTermination().invoke(() -> listeners.decrementAndGet());
    }

    private synchronized void start() {
        if (timer < 0) {
            timer = vertx.setPeriodic(interval.toMillis(), id -> poll());
        }
    }

    private void poll() {
        if (listeners.get() == 0 || !polling.compareAndSet(false, true)) {
            return;
        }
        (seen < 0 ? feed.head().map(head -> {
            seen = head;
            return List.<EventFeed.Change>of();
        }) : feed.after(seen, BATCH)).subscribe().with(list -> {
            try {
                for (EventFeed.Change c : list) {
                    seen = c.seq();
                    changes.onNext(c);
                }
            } catch (RuntimeException e) {
                // one console's broken stream must not stop the feed for every other
                LOG.warnf("console change feed: a listener failed: %s", e.toString());
            } finally {
                polling.set(false);
            }
        }, failure -> {
            // the next tick tries again; a console misses nothing it cannot reload
            LOG.debugf("console change feed: %s", failure.getMessage());
            polling.set(false);
        });
    }

    @PreDestroy
    void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }
}
