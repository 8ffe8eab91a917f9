package org.lantian.platform.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code aq.<capability>.records.*} counters of one input topic; the reason is the only extra tag. */
final class IngestMetrics {

    private final MeterRegistry registry;
    private final String prefix;
    private final String topic;
    private final Counter inserted;
    private final Counter corrected;
    private final Counter unchanged;

    IngestMetrics(MeterRegistry registry, String capability, String topic) {
        this.registry = registry;
        this.prefix = "aq." + capability + ".records.";
        this.topic = topic;
        this.inserted = counter("accepted", "outcome", "new");
        this.corrected = counter("accepted", "outcome", "correction");
        this.unchanged = counter("accepted", "outcome", "duplicate");
    }

    void stored(StoreOutcome outcome) {
        inserted.increment(outcome.inserted());
        corrected.increment(outcome.corrected());
        unchanged.increment(outcome.unchanged());
    }

    void rejected(String reason) {
        counter("rejected", "reason", reason).increment();
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(prefix + name).tag("topic", topic).tag(tag, value).register(registry);
    }
}
