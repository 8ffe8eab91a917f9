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

        /** Whether proposals are decided without the duty officer (part 2 of issue 15; not acted on yet). */
        @WithName("auto-decide")
        @WithDefault("false")
        boolean autoDecide();
    }

    enum Mode {
        OFF, START
    }
}
