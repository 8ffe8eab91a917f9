package org.lantian.platform.outbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes messages into the outbox table on the caller's connection, i.e. in the
 * caller's transaction: the state change and its announcement commit together
 * or not at all. A message id already in the outbox is ignored (idempotent
 * re-processing).
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox (topic, message_key, message_id, payload)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
            ON CONFLICT (message_id) DO NOTHING
            """;

    private final OutboxRelay relay;

    Outbox(OutboxRelay relay) {
        this.relay = relay;
    }

    public Uni<Void> write(SqlConnection tx, List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = messages.size();
        String[] topic = new String[n];
        String[] key = new String[n];
        String[] id = new String[n];
        String[] payload = new String[n];
        for (int i = 0; i < n; i++) {
            OutboxMessage m = messages.get(i);
            topic[i] = m.topic();
            key[i] = m.key();
            id[i] = m.messageId();
            payload[i] = m.payload();
        }
        return tx.preparedQuery(INSERT)
                .execute(Tuple.tuple().addArrayOfString(topic).addArrayOfString(key).addArrayOfString(id).addArrayOfString(payload))
                .replaceWithVoid();
    }

    /** Ask the relay to publish soon rather than at its next tick (call after commit). */
    public void wake() {
        relay.wake();
    }
}
