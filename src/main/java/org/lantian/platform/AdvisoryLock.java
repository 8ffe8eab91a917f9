package org.lantian.platform;

/**
 * Every PostgreSQL advisory lock Lantian takes, in one place so that no two uses share a key by accident. Single-key
 * locks serialise one job across instances; per-subject locks ({@link #perSubject}) take the class and the hash of a
 * region code, so one region's work is serialised and other regions run in parallel.
 */
public enum AdvisoryLock {

    /** One outbox relay publishes at a time, whichever instance ("Lantian"). */
    OUTBOX_RELAY(0x4c616e7469616eL),
    /** One instance deletes old outbox rows at a time. */
    OUTBOX_RETENTION(0x4c616e7469616fL),
    /** Per region: its hourly AQI is recomputed by one transaction at a time. */
    REGION_AQI(7236),
    /** Per region: one proposal run at a time (the open proposal is read and replaced). */
    REGION_PROPOSALS(7237),
    /** The staggered-production season's orders are issued by one transaction at a time. */
    STAGGERED_SEASON(7238),
    /** The event log's one hash chain: appends are serialised. */
    EVENT_CHAIN(7239),
    /** One instance anchors the event log at a time. */
    EVENT_ANCHORING(7240),
    /** Per enterprise: its compliance verdicts and findings are written by one transaction at a time. */
    ENTERPRISE_COMPLIANCE(7241);

    private final long key;

    AdvisoryLock(long key) {
        this.key = key;
    }

    public long key() {
        return key;
    }

    /** Held until the transaction ends. */
    public String xact() {
        return "SELECT pg_advisory_xact_lock(" + key + ")";
    }

    /** Taken if free, held until the transaction ends; answers whether it was taken. */
    public String tryXact() {
        return "SELECT pg_try_advisory_xact_lock(" + key + ")";
    }

    /** Taken if free, held by the connection until {@link #unlock}; answers whether it was taken. */
    public String trySession() {
        return "SELECT pg_try_advisory_lock(" + key + ")";
    }

    public String unlock() {
        return "SELECT pg_advisory_unlock(" + key + ")";
    }

    /** Held until the transaction ends, for the subject given as $1 (a region code). */
    public String perSubject() {
        return "SELECT pg_advisory_xact_lock(" + Math.toIntExact(key) + ", hashtext($1))";
    }
}
