package org.lantian.eventlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.PreparedStatement;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;

/**
 * Streams the events of a filter as CSV or JSON text chunks: a server-side
 * cursor (in a read-only transaction) fetched {@value #FETCH} rows at a time,
 * pulled only as fast as the client reads, so memory stays bounded whatever the
 * size of the export.
 */
@ApplicationScoped
public class EventExport {

    public enum Format { CSV, JSON }

    static final int FETCH = 500;
    private static final int CHUNK = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String[] HEADER = {"seq", "id", "at", "type", "region_code", "warning_id", "enterprise_id",
        "directive_id", "actor", "payload", "hash"};
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final Pool pool;
    private final ObjectMapper mapper;
    private final int maxConcurrent;
    private final Duration idle;
    private final AtomicInteger running = new AtomicInteger();

    EventExport(Pool pool, ObjectMapper mapper, MeterRegistry registry,
                @ConfigProperty(name = "lantian.eventlog.export.max-concurrent", defaultValue = "4") int maxConcurrent,
                @ConfigProperty(name = "lantian.eventlog.export.idle-timeout", defaultValue = "PT2M") Duration idle) {
        this.pool = pool;
        this.mapper = mapper;
        this.maxConcurrent = maxConcurrent;
        this.idle = idle;
        registry.gauge("aq.eventlog.exports.running", running);
    }

    /** Refuses (503) when {@code lantian.eventlog.export.max-concurrent} exports are already running. */
    public Multi<String> export(EventFilter filter, Format format) {
        if (running.incrementAndGet() > maxConcurrent) {
            running.decrementAndGet();
            throw new WebApplicationException(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("status", 503, "error", maxConcurrent + " exports are already running; try again shortly"))
                    .build());
        }
        return body(filter, format).onTermination().invoke(running::decrementAndGet);
    }

    private Multi<String> body(EventFilter filter, Format format) {
        Multi<String> body = rows(filter).group().intoLists().of(CHUNK)
                .map(chunk -> format == Format.CSV ? csv(chunk) : json(chunk));
        if (format == Format.CSV) {
            return Multi.createBy().concatenating().streams(Multi.createFrom().item(csvLine(List.of(HEADER))), body);
        }
        // "[" then every chunk; chunks after the first begin with a comma
        boolean[] first = {true};
        Multi<String> separated = body.map(chunk -> {
            String s = first[0] ? chunk : "," + chunk;
            first[0] = false;
            return s;
        });
        return Multi.createBy().concatenating().streams(Multi.createFrom().item("["), separated,
                Multi.createFrom().item("]\n"));
    }

    /** A connection in a read-only transaction and the statement of its cursor. */
    private static final class Cursor {
        final SqlConnection connection;
        PreparedStatement statement;

        Cursor(SqlConnection connection) {
            this.connection = connection;
        }
    }

    private Multi<Row> rows(EventFilter filter) {
        return Multi.createFrom().resourceFromUni(this::open,
                        (Cursor c) -> c.connection.prepare("SELECT " + EventView.COLUMNS + " FROM event_log "
                                        + EventFilter.WHERE + " ORDER BY seq")
                                .invoke(statement -> c.statement = statement)
                                .onItem().transformToMulti(statement -> statement.createStream(FETCH, filter.params()).toMulti()))
                .withFinalizer(EventExport::release);
    }

    /**
     * A client that stops reading must not keep a transaction open for ever: the server ends the session when the
     * cursor has waited longer than {@code idle} between fetches (the export then fails and is cleaned up).
     */
    private Uni<Cursor> open() {
        return pool.getConnection().chain(c -> c.begin()
                .chain(() -> c.query("SET TRANSACTION READ ONLY").execute())
                .chain(() -> c.query("SET LOCAL idle_in_transaction_session_timeout = " + idle.toMillis()).execute())
                .replaceWith(new Cursor(c))
                .onFailure().call(c::close));
    }

    private static Uni<Void> release(Cursor c) {
        Uni<Void> close = c.statement == null ? Uni.createFrom().voidItem() : c.statement.close().onFailure().recoverWithNull();
        Transaction tx = c.connection.transaction();
        return close.chain(() -> tx == null ? Uni.createFrom().voidItem() : tx.rollback().onFailure().recoverWithNull())
                .eventually(c.connection::close);
    }

    private String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 400);
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (Row r : rows) {
                printer.printRecord(r.getLong(0), r.getString(1), time(r), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String csvLine(List<String> values) {
        try {
            return CSV.format(values.toArray()) + "\r\n";
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(List<Row> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 450);
        for (int i = 0; i < rows.size(); i++) {
            EventView e = EventView.of(rows.get(i));
            if (i > 0) {
                out.append(',');
            }
            out.append(org.lantian.platform.Json.write(mapper, e)).append('\n');
        }
        return out.toString();
    }

    private static String time(Row r) {
        return EventView.local(r.getOffsetDateTime(2)).format(TIME);
    }
}
