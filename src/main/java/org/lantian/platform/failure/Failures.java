package org.lantian.platform.failure;

import java.util.Set;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;


import io.vertx.pgclient.PgException;

/**
 * Sorts a failure into what to do about it: {@link Kind#TRANSIENT} (retry with back-off: the same
 * attempt can succeed later), {@link Kind#DETERMINISTIC} (the data itself is refused: isolate it,
 * never retry) or {@link Kind#UNKNOWN} (retry a few times; failing the same way again makes it
 * deterministic).
 */
public final class Failures {

    public enum Kind { TRANSIENT, DETERMINISTIC, UNKNOWN }

    /**
     * Serialization failure, deadlock, shutdowns, cannot connect now, lock timeout, query cancelled, read-only
     * transaction (a demoted primary after fail-over), idle-session timeout.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03", "57P04", "55P03", "57014",
            "25006");
    /** Connection (08), insufficient resources (53: disk full, out of memory, too many connections), system (58), internal (XX). */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "58", "XX");
    /** Data exceptions (22), integrity constraints (23), program limit exceeded (54000, 54001), dependent objects, invalid ON CONFLICT. */
    private static final Set<String> DETERMINISTIC_CLASSES = Set.of("22", "23");
    private static final Set<String> DETERMINISTIC_STATES = Set.of("54000", "54001", "2BP01", "42P10");

    private Failures() {
    }

    public static Kind classify(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof PgException pg) {
            String state = pg.getSqlState() == null ? "" : pg.getSqlState();
            if (TRANSIENT_STATES.contains(state) || state.length() == 5 && TRANSIENT_CLASSES.contains(state.substring(0, 2))) {
                return Kind.TRANSIENT;
            }
            if (state.length() == 5 && (DETERMINISTIC_CLASSES.contains(state.substring(0, 2)) || DETERMINISTIC_STATES.contains(state))) {
                return Kind.DETERMINISTIC;
            }
            return Kind.UNKNOWN;
        }
        if (e instanceof RecordRejected || e instanceof com.fasterxml.jackson.core.JacksonException
                || e instanceof java.nio.charset.CharacterCodingException || e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException
                || e instanceof SerializationException || e instanceof InvalidTopicException
                || e instanceof InvalidRecordException || e instanceof UnknownTopicOrPartitionException) {
            // checked before RetriableException: for us a topic the broker does not know is a refusal, not a wait
            return Kind.DETERMINISTIC;
        }
        if (e instanceof RetriableException || e instanceof java.net.SocketException || e instanceof java.io.EOFException
                || e instanceof java.nio.channels.ClosedChannelException
                || e instanceof java.util.concurrent.TimeoutException || isConnectionLoss(e)) {
            return Kind.TRANSIENT;
        }
        return Kind.UNKNOWN;
    }

    /** A short, stable description for logs and the dead-letter detail: SQLSTATE and message for PostgreSQL. */
    public static String describe(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof PgException pg) {
            return "SQLSTATE " + pg.getSqlState() + ": " + pg.getErrorMessage()
                    + (pg.getDetail() == null ? "" : " (" + pg.getDetail() + ")");
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Two failures are "the same" when their type and SQLSTATE agree (PostgreSQL's messages name rows and ids), else type and message. */
    public static String signature(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof PgException pg) {
            return "SQLSTATE " + pg.getSqlState();
        }
        return e.getClass().getName() + ": " + e.getMessage();
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof java.util.concurrent.CompletionException || e instanceof java.util.concurrent.ExecutionException
                || e instanceof io.smallrye.mutiny.CompositeException) && e.getCause() != null) {
            e = e instanceof io.smallrye.mutiny.CompositeException c ? c.getCauses().get(0) : e.getCause();
        }
        return e;
    }

    private static boolean isConnectionLoss(Throwable e) {
        String type = e.getClass().getName();
        String message = String.valueOf(e.getMessage());
        return type.endsWith("ClosedConnectionException") || type.endsWith("NoStackTraceThrowable") && message.contains("Timeout")
                || message.contains("Connection is not active") || message.contains("Connection closed")
                || message.contains("Connection refused") || message.contains("pool is closed") || type.endsWith("NoStackTraceTimeoutException");
    }
}
