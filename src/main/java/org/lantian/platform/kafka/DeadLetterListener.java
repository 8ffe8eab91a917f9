package org.lantian.platform.kafka;

import java.util.List;

import io.smallrye.mutiny.Uni;

/** Told of records once they are on the DLQ (the event log counts them); retried until it succeeds. */
public interface DeadLetterListener {

    Uni<Void> deadLettered(List<DeadLetterPublisher.DeadLetter> letters);
}
