-- platform: messages written in the same transaction as the state they announce,
-- published by OutboxRelay in id order. message_id is deterministic; consumers dedupe on it.
CREATE TABLE outbox (
    id            bigserial PRIMARY KEY,
    topic         text         NOT NULL,
    message_key   text,
    message_id    text         NOT NULL UNIQUE,
    payload       text         NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    published_at  timestamptz
);
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;

-- monitoring: the latest hour each station has reported; readings older than this
-- minus the allowed lateness are too late.
CREATE TABLE station_watermark (
    station_code     varchar(16) PRIMARY KEY REFERENCES station (code),
    max_observed_at  timestamptz NOT NULL
);

-- monitoring: the published hourly AQI of each region (hour = end of the hour).
CREATE TABLE region_hour_aqi (
    region_code   varchar(6)   NOT NULL REFERENCES region (code),
    hour          timestamptz  NOT NULL,
    content       jsonb        NOT NULL,
    aqi           integer,
    revision      integer      NOT NULL DEFAULT 1,
    computed_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (region_code, hour)
);

-- monitoring: daily AQI of each region, computed once its day has closed (Asia/Shanghai days).
CREATE TABLE region_day_aqi (
    region_code   varchar(6)   NOT NULL REFERENCES region (code),
    day           date         NOT NULL,
    content       jsonb        NOT NULL,
    aqi           integer,
    revision      integer      NOT NULL DEFAULT 1,
    computed_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (region_code, day)
);
