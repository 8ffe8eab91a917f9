-- platform: a message that can never be published (too large for its topic, unknown topic, refused by the
-- broker) is parked with its reason instead of failing every relay round. Later messages with the same topic
-- and key wait behind it (per-key order) until an admin re-queues it (parked_at cleared) or discards it
-- (discarded_at set: never sent, no longer blocks its key). park_count numbers the parkings of a row, so that
-- each one has its own deterministic event id.
ALTER TABLE outbox
    ADD COLUMN parked_at      timestamptz,
    ADD COLUMN parked_reason  text,
    ADD COLUMN park_count     integer NOT NULL DEFAULT 0,
    ADD COLUMN discarded_at   timestamptz;

-- what the relay reads each round: unpublished, not parked, not discarded (replaces outbox_unpublished,
-- which would make every round step over parked rows)
CREATE INDEX outbox_pending ON outbox (id) WHERE published_at IS NULL AND parked_at IS NULL AND discarded_at IS NULL;
DROP INDEX outbox_unpublished;

-- "is there a parked row before me with my topic and key?" (few rows: only those parked now)
CREATE INDEX outbox_parked ON outbox (topic, message_key, id)
    WHERE parked_at IS NOT NULL AND discarded_at IS NULL AND published_at IS NULL;

-- retention: published (or discarded) rows older than lantian.outbox.retention are deleted in batches
CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX outbox_discarded_at ON outbox (discarded_at) WHERE discarded_at IS NOT NULL;
