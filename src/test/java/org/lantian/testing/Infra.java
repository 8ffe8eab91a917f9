package org.lantian.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.lantian.platform.embedded.EmbeddedPostgresServer;

/** Plain Kafka and JDBC clients against the test infrastructure: what an outside system would use. */
public final class Infra {

    private Infra() {
    }

    public static String bootstrap() {
        return installation().get("kafka.bootstrap.servers");
    }

    /**
     * The infrastructure the running application uses: the shared one, or the episode's own while a test of
     * {@link EpisodeInstallation} runs (its resource puts a marker in the application's configuration).
     */
    static Map<String, String> installation() {
        boolean episode = false;
        try {
            episode = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue(EpisodeInfrastructure.MARKER, String.class).isPresent();
        } catch (RuntimeException e) {
            // no application configuration here (a plain unit test): the shared infrastructure
        }
        return episode ? EpisodeInfrastructure.startOnce() : LantianInfrastructure.startOnce();
    }

    /** As the superuser: for setting up and looking inside, beyond what the application may do. */
    public static Connection db() throws SQLException {
        return DriverManager.getConnection(installation().get("quarkus.datasource.jdbc.url"),
                EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.SUPERUSER_PASSWORD);
    }

    /** What is read off a result set by {@link #query}. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static Connection looking;
    /** The database {@link #looking} is connected to: a profile on another installation gets a connection of its own. */
    private static String lookingAt;

    /**
     * A read-only look inside, as the superuser, on one connection kept for the run (auto-commit: each query sees what
     * is committed when it runs, as on a new connection): for the queries that awaits repeat many times a second,
     * where a new connection per poll costs a backend and an authentication each time. Not for locks or transactions:
     * those take their own connection from {@link #db()}.
     */
    public static synchronized <T> T query(String sql, Rows<T> rows) throws SQLException {
        String url = installation().get("quarkus.datasource.jdbc.url");
        if (looking == null || !url.equals(lookingAt) || !looking.isValid(2)) {
            if (looking != null) {
                looking.close();
            }
            looking = db();
            lookingAt = url;
            looking.setAutoCommit(true);
            Connection c = looking;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    c.close();
                } catch (SQLException e) {
                    // going away anyway
                }
            }));
        }
        try (Statement s = looking.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rows.read(rs);
        }
    }

    /** The first column of the first row ({@code null} without rows), as text, by {@link #query}. */
    public static String scalar(String sql) throws SQLException {
        return query(sql, rs -> rs.next() ? rs.getString(1) : null);
    }

    /** A {@code SELECT count(*)} by {@link #query}. */
    public static long count(String sql) throws SQLException {
        return query(sql, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /** As the application's own database role: only what the application itself can do. */
    public static Connection dbAsApplication() throws SQLException {
        Map<String, String> s = installation();
        return DriverManager.getConnection(s.get("quarkus.datasource.jdbc.url"), s.get("quarkus.datasource.username"),
                s.get("quarkus.datasource.password"));
    }

    public static void send(String topic, String key, String value) {
        send(topic, key, value.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(String topic, String key, byte[] value) {
        send(topic, key, value, Map.of());
    }

    public static void send(String topic, String key, byte[] value, Map<String, String> headers) {
        send(topic, null, key, value, headers, false);
    }

    /**
     * Sends a record to an explicit partition (null: by key), optionally gzip-compressed by the
     * producer — a record far larger than the broker's limit then still fits when it compresses well.
     */
    public static long send(String topic, Integer partition, String key, byte[] value, Map<String, String> headers, boolean gzip) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        if (gzip) {
            try (KafkaProducer<String, byte[]> producer = producer(true)) {
                return producer.send(record).get(30, TimeUnit.SECONDS).offset();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            // acknowledged before it returns, as before: one send after another keeps their order
            return shared().send(record).get(30, TimeUnit.SECONDS).offset();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, byte[]> shared;

    /**
     * One producer for the plain sends of the whole run (a new producer per record costs a connection and a metadata
     * round trip each): no linger, since each send waits for its acknowledgement anyway. Closed at shutdown.
     */
    private static String sharedAt;

    private static synchronized KafkaProducer<String, byte[]> shared() {
        if (shared != null && !bootstrap().equals(sharedAt)) {
            shared = null; // the other installation's producer: its shutdown hook closes it
        }
        if (shared == null) {
            sharedAt = bootstrap();
            KafkaProducer<String, byte[]> producer = producer(false, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close(Duration.ofSeconds(5))));
            shared = producer;
        }
        return shared;
    }

    /**
     * Sends records to one partition with one producer, without waiting in between: they travel in
     * one producer batch, so the consumer almost always polls them together.
     */
    public static void sendTogether(String topic, int partition, List<ProducerRecord<String, byte[]>> records, boolean gzip) {
        if (gzip) {
            try (KafkaProducer<String, byte[]> producer = producer(true)) {
                sendTogether(producer, topic, partition, records);
            }
            return;
        }
        sendTogether(batching(), topic, partition, records);
    }

    private static void sendTogether(KafkaProducer<String, byte[]> producer, String topic, int partition,
                                     List<ProducerRecord<String, byte[]>> records) {
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (ProducerRecord<String, byte[]> r : records) {
                sent.add(producer.send(new ProducerRecord<>(topic, partition, r.key(), r.value(), r.headers())));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, byte[]> batching;

    /** One producer for {@link #sendTogether} (its linger puts the records of one call in one batch). Closed at shutdown. */
    private static String batchingAt;

    private static synchronized KafkaProducer<String, byte[]> batching() {
        if (batching != null && !bootstrap().equals(batchingAt)) {
            batching = null; // the other installation's producer: its shutdown hook closes it
        }
        if (batching == null) {
            batchingAt = bootstrap();
            KafkaProducer<String, byte[]> producer = producer(false, 20);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close(Duration.ofSeconds(5))));
            batching = producer;
        }
        return batching;
    }

    private static KafkaProducer<String, byte[]> producer(boolean gzip) {
        return producer(gzip, 20);
    }

    private static KafkaProducer<String, byte[]> producer(boolean gzip, int lingerMs) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        if (gzip) {
            p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
            // the producer checks the uncompressed size against this; the broker checks the compressed batch
            p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
            p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        }
        return new KafkaProducer<>(p);
    }

    /** The partition the default partitioner gives a key on a topic with that many partitions. */
    public static int partitionOf(String key, int partitions) {
        return org.apache.kafka.common.utils.Utils.toPositive(
                org.apache.kafka.common.utils.Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * The records of a topic from the beginning: until {@code atLeast} have been read, or — with
     * {@code Integer.MAX_VALUE} — until everything that was on the topic when asked has been read; never longer than
     * the timeout. No fixed window: a caught-up read returns at once. Every call reads afresh from the beginning (no
     * records are remembered between calls), with one consumer kept for the whole run: a new consumer per read costs a
     * connection, a metadata round trip and a fetch session each time, and the awaits call this many times a second.
     */
    public static synchronized List<ConsumerRecord<String, byte[]>> readAll(String topic, int atLeast, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> result = new ArrayList<>();
        KafkaConsumer<String, byte[]> consumer = reader();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<org.apache.kafka.common.TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, timeout).forEach(i -> partitions.add(new org.apache.kafka.common.TopicPartition(topic, i.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            boolean everything = atLeast == Integer.MAX_VALUE;
            while (result.size() < atLeast && System.nanoTime() < deadline) {
                if (everything && partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
                    break;
                }
                consumer.poll(Duration.ofMillis(100)).forEach(result::add);
            }
            consumer.assign(List.of()); // nothing fetched in the background for a topic no longer read
        } catch (RuntimeException e) {
            // whatever state it is in (interrupted, a topic gone), the next read starts with a new consumer
            reader = null;
            consumer.close(Duration.ZERO);
            throw e;
        }
        return result;
    }

    private static KafkaConsumer<String, byte[]> reader;

    /** The consumer of {@link #readAll}: no group, nothing committed, only assigned partitions. Closed at shutdown. */
    private static String readerAt;

    private static synchronized KafkaConsumer<String, byte[]> reader() {
        if (reader != null && !bootstrap().equals(readerAt)) {
            reader.close(Duration.ZERO);
            reader = null;
        }
        if (reader == null) {
            readerAt = bootstrap();
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (Infra.class) {
                    consumer.close(Duration.ofSeconds(5));
                }
            }));
            reader = consumer;
        }
        return reader;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
