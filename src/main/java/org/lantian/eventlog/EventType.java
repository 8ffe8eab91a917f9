package org.lantian.eventlog;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every type of event the log holds, in one place. The stored text (column {@code event_log.type}, the JSON of
 * {@code /api/events} and the export, the {@code type} tag of {@code aq.eventlog.appended}) and, for the warning
 * types, the {@code type} of {@code aq.warning.events.v1} is the constant's name. docs/architecture.md's event table
 * and the README's list name exactly these ({@code EventTypesDocumentedTest}).
 */
public enum EventType {

    /** A new forecast or a revision of one was stored (monitoring). */
    FORECAST_RECEIVED(false),
    /** A region's hourly AQI category differs from the hour before (monitoring). */
    AQI_CATEGORY_CHANGED(false),
    /** The rules propose a warning level for a region (warning pipeline). */
    PROPOSED(true),
    /** An open proposal was replaced by a newer one or withdrawn by an officer's decision. */
    SUPERSEDED(true),
    /** An officer issued a warning for a region. */
    ISSUED(true),
    /** An officer changed an active warning's level. */
    ADJUSTED(true),
    /** An officer lifted a warning (or it was lifted by adjusting to NONE). */
    LIFTED(true),
    /** A region's effective level changed (its own warning, the city's, or a regional floor). */
    EFFECTIVE_LEVEL_CHANGED(true),
    /** A regional (provincial) warning arrived or was re-sent changed: a floor for its regions. */
    REGIONAL_WARNING_RECEIVED(false),
    /** One order was issued to an enterprise or a county (one event per order). */
    DIRECTIVE_ISSUED(false),
    /** An order was first acknowledged (over HTTP or Kafka). */
    DIRECTIVE_ACKNOWLEDGED(false),
    /** An officer confirmed an order on an enterprise's behalf. */
    DIRECTIVE_CONFIRMED(false),
    /** An order passed its acknowledgement deadline unacknowledged and was escalated (once). */
    DIRECTIVE_OVERDUE(false),
    /** A version of the emergency reduction list was imported. */
    REDUCTION_LIST_IMPORTED(false),
    /** How many input records one topic rejected for one reason in an hour that is over. */
    INPUT_REJECTED(false),
    /** The outbox relay set a message aside (too large, refused by the broker, ...). */
    OUTBOX_PARKED(false),
    /** An admin put a parked outbox message back in line. */
    OUTBOX_REQUEUED(false),
    /** An admin discarded a parked outbox message (it will never be sent). */
    OUTBOX_DISCARDED(false),
    /** The log's head was anchored on aq.eventlog.anchors.v1. */
    ANCHOR_PUBLISHED(false),
    /** A signed-in user reached for another tenant's object and was refused. */
    ACCESS_DENIED(false),
    /** Compliance suspects an order is not followed (or cannot check it: no baseline) — one finding per order, rule and meter. */
    COMPLIANCE_FINDING_OPENED(false),
    /** An open finding's evidence grew (more hours), or a closed one was broken again. */
    COMPLIANCE_FINDING_UPDATED(false),
    /** Telemetry came back into line, or the order ended. */
    COMPLIANCE_FINDING_CLOSED(false),
    /** An officer confirmed or dismissed a finding, with a reason. */
    COMPLIANCE_FINDING_DECIDED(false);

    private final boolean warningTopic;

    EventType(boolean warningTopic) {
        this.warningTopic = warningTopic;
    }

    /** Whether events of this type also go out on {@code aq.warning.events.v1}. */
    public boolean onWarningTopic() {
        return warningTopic;
    }

    /** The type of this stored or requested name; empty if there is none. */
    public static Optional<EventType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
