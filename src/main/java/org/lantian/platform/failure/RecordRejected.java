package org.lantian.platform.failure;

/**
 * Why an incoming record is refused: a short stable reason code (the DLQ header
 * and metric tag), the offending field, and a human-readable detail.
 */
public final class RecordRejected extends RuntimeException {

    private final String reason;
    private final String field;

    public RecordRejected(String reason, String field, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
        this.field = field == null ? "" : field;
    }

    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }

    /** Unknown references may just be newer than our cached copy of them. */
    public boolean isUnknownReference() {
        return reason.startsWith("unknown-");
    }
}
