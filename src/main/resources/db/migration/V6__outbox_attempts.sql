-- platform: when a relay round took a message. A message attempted but not marked published
-- is "in doubt" (the relay died between sending and marking): before it is sent again, the
-- relay looks on its topic for its message-id, so no message is published twice.
ALTER TABLE outbox ADD COLUMN attempted_at timestamptz;
