package org.lantian.platform.ingest;

/** What an idempotent batch write did: new rows, changed rows (corrections), and replays that changed nothing. */
public record StoreOutcome(long inserted, long corrected, long unchanged) {

    public static final StoreOutcome NOTHING = new StoreOutcome(0, 0, 0);
}
