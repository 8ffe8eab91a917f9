package org.lantian.platform.outbox;

/** An outbox row that cannot be published, and why (a sentence for the admin). */
record Refusal(long id, String reason) {
}
