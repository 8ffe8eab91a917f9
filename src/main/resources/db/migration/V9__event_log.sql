-- eventlog: an append-only, hash-chained record of everything significant.
-- One chain for the whole log: appends are serialised (advisory lock), each event's hash covers
-- the previous event's hash and its own canonical content.
CREATE TABLE event_log (
    seq            bigserial PRIMARY KEY,
    id             text         NOT NULL UNIQUE,
    at             timestamptz  NOT NULL,
    type           text         NOT NULL,
    region_code    varchar(6),
    warning_id     text,
    enterprise_id  text,
    directive_id   text,
    actor          text,
    payload        jsonb        NOT NULL,
    prev_hash      text         NOT NULL,
    hash           text         NOT NULL
);
CREATE INDEX event_log_at ON event_log (at, seq);
CREATE INDEX event_log_region ON event_log (region_code, seq);
CREATE INDEX event_log_warning ON event_log (warning_id, seq);

-- no one changes history: not the application, not an operator by accident
CREATE FUNCTION event_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'event_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER event_log_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON event_log
    FOR EACH STATEMENT EXECUTE FUNCTION event_log_append_only();
