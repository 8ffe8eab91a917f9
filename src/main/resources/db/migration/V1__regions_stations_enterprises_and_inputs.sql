-- monitoring: regions, stations and what arrives on the monitoring topics.
CREATE TABLE region (
    code          varchar(6) PRIMARY KEY,
    name          text        NOT NULL,
    name_en       text,
    kind          varchar(8)  NOT NULL CHECK (kind IN ('CITY', 'COUNTY')),
    parent_code   varchar(6) REFERENCES region (code),
    county_group  varchar(32),
    urban_core    boolean     NOT NULL DEFAULT false
);

CREATE TABLE station (
    code         varchar(16) PRIMARY KEY,
    name         text         NOT NULL,
    region_code  varchar(6)   NOT NULL REFERENCES region (code),
    latitude     numeric(8, 5),
    longitude    numeric(8, 5),
    demo         boolean      NOT NULL DEFAULT false,
    active       boolean      NOT NULL DEFAULT true
);
CREATE INDEX station_region ON station (region_code);

-- reduction: the enterprise registry (the reduction list extends it).
CREATE TABLE enterprise (
    id           varchar(18) PRIMARY KEY,
    name         text         NOT NULL,
    county_code  varchar(6)   NOT NULL REFERENCES region (code),
    industry     varchar(32)  NOT NULL,
    grade        varchar(16)  NOT NULL,
    synthetic    boolean      NOT NULL DEFAULT false
);
CREATE INDEX enterprise_county ON enterprise (county_code);

-- One row per station and hour (observed_at = end of the hour). A replay of the
-- same values changes nothing; different values are a correction: revision + 1.
CREATE TABLE reading (
    station_code  varchar(16)  NOT NULL REFERENCES station (code),
    observed_at   timestamptz  NOT NULL,
    pm25          double precision,
    pm10          double precision,
    so2           double precision,
    no2           double precision,
    co            double precision,
    o3            double precision,
    o3_8h         double precision,
    revision      integer      NOT NULL DEFAULT 1,
    received_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (station_code, observed_at)
);
CREATE INDEX reading_hour ON reading (observed_at);

CREATE TABLE reading_correction (
    id            bigserial PRIMARY KEY,
    station_code  varchar(16)  NOT NULL,
    observed_at   timestamptz  NOT NULL,
    revision      integer      NOT NULL,
    previous      jsonb        NOT NULL,
    corrected     jsonb        NOT NULL,
    corrected_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX reading_correction_station ON reading_correction (station_code, observed_at);

-- One row per region and issue time; periods as received (normalised JSON).
CREATE TABLE forecast (
    region_code  varchar(6)   NOT NULL REFERENCES region (code),
    issued_at    timestamptz  NOT NULL,
    periods      jsonb        NOT NULL,
    revision     integer      NOT NULL DEFAULT 1,
    received_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (region_code, issued_at)
);

-- One row per enterprise, meter, kind and instant (and plate, for gate records).
CREATE TABLE enterprise_telemetry (
    enterprise_id      varchar(18)  NOT NULL REFERENCES enterprise (id),
    meter              text         NOT NULL,
    kind               varchar(16)  NOT NULL,
    measured_at        timestamptz  NOT NULL,
    plate              text         NOT NULL DEFAULT '',
    value              double precision NOT NULL,
    emission_standard  varchar(16),
    revision           integer      NOT NULL DEFAULT 1,
    received_at        timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (enterprise_id, meter, kind, measured_at, plate)
);
CREATE INDEX enterprise_telemetry_time ON enterprise_telemetry (measured_at);
