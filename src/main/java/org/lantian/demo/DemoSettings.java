package org.lantian.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/** The bundled demo episode (docs/episode.md). */
@ConfigMapping(prefix = "lantian.demo")
public interface DemoSettings {

    EpisodeSettings episode();

    interface EpisodeSettings {

        /** {@code lantian.demo.episode}: {@code start} replays the episode once the application is up. */
        @WithParentName
        @WithDefault("off")
        Mode mode();

        /** Simulated hours per real second (0.5: one simulated hour every 2 s). */
        @WithDefault("0.5")
        double speed();

        @WithDefault("20260115")
        long seed();

        /** Classpath path of the scenario file. */
        @WithDefault("demo/episode-linfen-winter.json")
        String scenario();

        /** Whether the episode accepts its own proposals, for unattended demos; otherwise they wait for the duty officer. */
        @WithName("auto-decide")
        @WithDefault("false")
        boolean autoDecide();

        /**
         * How long the replay waits, after each simulated hour, for the system to have processed it before moving
         * business time on anyway (logged): the speed is an upper bound, the system's pace the other.
         */
        @WithName("settle-timeout")
        @WithDefault("PT60S")
        java.time.Duration settleTimeout();
    }

    enum Mode {
        OFF, START
    }
}
