package org.lantian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap used (MemoryMXBean) and resident set size (VmRSS of /proc/self/status), sampled every 250 ms while running;
 * the highest of each. The JVM is the test JVM: the application, the embedded broker and the benchmark's own clients
 * (PostgreSQL is a process of its own and not counted).
 */
final class Footprint implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong maxHeap = new AtomicLong();
    private final AtomicLong maxRss = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-footprint");
        t.setDaemon(true);
        return t;
    });

    Footprint start() {
        sampler.scheduleAtFixedRate(this::sample, 0, 250, TimeUnit.MILLISECONDS);
        return this;
    }

    private void sample() {
        maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        maxRss.accumulateAndGet(rssBytes(), Math::max);
        long afterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                afterGc += pool.getCollectionUsage().getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(afterGc, Math::max);
    }

    long maxHeapAfterGcBytes() {
        return maxAfterGc.get();
    }

    long maxHeapBytes() {
        return maxHeap.get();
    }

    long maxRssBytes() {
        return maxRss.get();
    }

    static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (Exception e) {
            // not Linux: no RSS
        }
        return 0;
    }

    @Override
    public void close() {
        sample();
        sampler.shutdownNow();
    }
}
