package org.lantian.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * One run owns the embedded data directory at a time. A run whose launcher was
 * killed can leave its JVM (holding the broker port) or its postmaster behind:
 * the next start stops them instead of failing.
 */
final class RunLock {

    private static final Logger LOG = Logger.getLogger(RunLock.class);

    private RunLock() {
    }

    static void takeOver(Path pidFile) throws IOException {
        if (Files.exists(pidFile)) {
            String content = Files.readString(pidFile).trim();
            if (content.matches("\\d+")) {
                long pid = Long.parseLong(content);
                if (pid != ProcessHandle.current().pid()) {
                    ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                            .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
                            .ifPresent(p -> terminate(p, "previous Lantian run"));
                }
            }
        }
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        pidFile.toFile().deleteOnExit();
    }

    static void terminate(ProcessHandle process, String what) {
        LOG.warnf("Stopping %s left behind (pid %d)", what, process.pid());
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                throw new IllegalStateException("could not stop " + what + " (pid " + process.pid() + ")");
            }
        }
    }
}
