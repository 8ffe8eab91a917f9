-- monitoring: a region-hour waits (held) until all its stations have reported or the grace has passed, so that a
-- consumer of aq.monitoring.region-aqi.v1 gets fewer, final answers. A held row's revision is the one it will be
-- published with.
ALTER TABLE region_hour_aqi ADD COLUMN held boolean NOT NULL DEFAULT false;
CREATE INDEX region_hour_aqi_held ON region_hour_aqi (hour) WHERE held;
