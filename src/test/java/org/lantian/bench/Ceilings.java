package org.lantian.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.lantian.testing.Infra;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * What the infrastructure alone does with the benchmark's readings, measured in the same run as the figures: Kafka
 * produce and consume with plain clients, and PostgreSQL COPY of the same rows.
 */
final class Ceilings {

    /** A topic of its own, partitioned as aq.monitoring.readings.v1. */
    static final String TOPIC = "bench.ceiling.readings";
    static final String TABLE = "bench_copy_reading";

    private Ceilings() {
    }

    static final String WARM_UP_TOPIC = "bench.warm-up";

    /** The ceiling's topics, created well before they are written (see {@link BenchClients#createTopic}). */
    static void createTopics() throws Exception {
        BenchClients.createTopic(WARM_UP_TOPIC, 12);
        BenchClients.createTopic(TOPIC, 12);
    }

    /**
     * Up to 20,000 of the readings produced and copied, unmeasured: the client code is compiled before it is timed
     * (a small run would otherwise time mostly the JIT).
     */
    static void warmUp(BenchReadings readings) throws Exception {
        BenchReadings some = new BenchReadings(Math.min(readings.total(), 20_000), readings.stations);
        kafkaProduce(some, WARM_UP_TOPIC);
        copy(some);
    }

    /** Records/s from the first send to the last acknowledgement (acks=all, the producer of P1). */
    static double kafkaProduce(BenchReadings readings) throws Exception {
        return kafkaProduce(readings, TOPIC);
    }

    private static double kafkaProduce(BenchReadings readings, String topic) throws Exception {
        try (KafkaProducer<String, byte[]> producer = BenchClients.producer()) {
            // the first metadata fetch is not throughput
            producer.partitionsFor(topic);
            long start = System.nanoTime();
            BenchClients.sendAll(producer, topic, readings);
            return perSecond(readings.total(), System.nanoTime() - start);
        }
    }

    /** Records/s reading the whole topic back with one plain consumer. */
    static double kafkaConsume(BenchReadings readings) {
        try (KafkaConsumer<String, byte[]> consumer = BenchClients.consumer()) {
            BenchClients.assignFromBeginning(consumer, TOPIC);
            long start = System.nanoTime();
            long read = 0;
            long deadline = start + Duration.ofMinutes(10).toNanos();
            while (read < readings.total()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("read " + read + " of " + readings.total());
                }
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            return perSecond(read, System.nanoTime() - start);
        }
    }

    /**
     * Rows/s of one COPY (pgjdbc CopyManager, text format) of the same readings into a logged table like
     * {@code reading} (its columns, defaults, primary key and index; no foreign key), committed; dropped afterwards.
     */
    static double copy(BenchReadings readings) throws Exception {
        try (Connection c = Infra.db(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " (LIKE reading INCLUDING DEFAULTS INCLUDING INDEXES)");
            long start = System.nanoTime();
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + TABLE + " (station_code, observed_at, pm25, pm10, so2, no2, co, o3) FROM STDIN");
            StringBuilder chunk = new StringBuilder(1 << 20);
            for (int h = 0; h < readings.hours; h++) {
                for (int st = 0; st < readings.stations; st++) {
                    chunk.append(readings.copyRow(st, h));
                    if (chunk.length() > (1 << 20) - 200) {
                        write(in, chunk);
                    }
                }
            }
            write(in, chunk);
            long rows = in.endCopy();
            double rate = perSecond(rows, System.nanoTime() - start);
            if (rows != readings.total()) {
                throw new IllegalStateException("copied " + rows + " of " + readings.total());
            }
            s.execute("DROP TABLE " + TABLE);
            return rate;
        }
    }

    private static void write(CopyIn in, StringBuilder chunk) throws Exception {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    static double perSecond(long n, long nanos) {
        return n / (nanos / 1e9);
    }
}
