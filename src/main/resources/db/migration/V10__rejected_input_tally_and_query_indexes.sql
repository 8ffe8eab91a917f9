-- eventlog: rejected input counted per hour, topic and reason (one event per hour and reason, not per bad record).
-- logged_count is what the log already says; a later redelivery or replay into a logged hour logs the difference.
CREATE TABLE rejected_input_hour (
    topic         text         NOT NULL,
    reason        text         NOT NULL,
    hour          timestamptz  NOT NULL,
    count         bigint       NOT NULL,
    logged_count  bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (topic, reason, hour)
);
CREATE INDEX rejected_input_unlogged ON rejected_input_hour (hour) WHERE count > logged_count;

-- for the episode timeline, the brief and the event filters
CREATE INDEX directive_warning ON directive (warning_id);
CREATE INDEX event_log_enterprise ON event_log (enterprise_id, seq) WHERE enterprise_id IS NOT NULL;
CREATE INDEX event_log_type ON event_log (type, seq);
