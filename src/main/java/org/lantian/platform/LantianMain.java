package org.lantian.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.lantian.platform.embedded.EmbeddedLauncher;

/**
 * Entry point. Starts the embedded Kafka broker and PostgreSQL first when the run
 * asks for them and no external ones are configured, then hands over to Quarkus.
 */
@QuarkusMain
public class LantianMain {

    public static void main(String... args) {
        EmbeddedLauncher.startIfRequested();
        Quarkus.run(args);
    }
}
