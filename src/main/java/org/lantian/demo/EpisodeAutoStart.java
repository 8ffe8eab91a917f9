package org.lantian.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/** {@code lantian.demo.episode=start}: the episode replays as soon as the application is up. */
@ApplicationScoped
class EpisodeAutoStart {

    private static final Logger LOG = Logger.getLogger(EpisodeAutoStart.class);

    void onStart(@Observes StartupEvent event, DemoSettings settings, EpisodeReplay replay) {
        DemoSettings.EpisodeSettings episode = settings.episode();
        if (episode.mode() != DemoSettings.Mode.START) {
            return;
        }
        // a refusal (not a demo installation) is logged, never a failed start of the application
        Uni.createFrom().deferred(() -> replay.start(episode.speed(), episode.seed())).subscribe().with(
                progress -> LOG.infof("episode event=AUTOSTARTED run=%s (lantian.demo.episode=start)", progress.runId()),
                error -> LOG.errorf(error, "episode event=AUTOSTART_FAILED: %s", error.getMessage()));
    }
}
