-- monitoring: a region-hour waits (held) until all its stations have reported or the grace has passed since it was
-- first computed, so that a consumer of aq.monitoring.region-aqi.v1 gets fewer, final answers — live or in a
-- backfill. held_since: when it was first held (business time); null once published. A held row's revision is the
-- one it will be published with.
ALTER TABLE region_hour_aqi ADD COLUMN held_since timestamptz;
CREATE INDEX region_hour_aqi_held ON region_hour_aqi (held_since) WHERE held_since IS NOT NULL;
