-- compliance: one verdict per order, rule, meter and hour (the review's "hours followed or not" and the source of
-- every finding), and one finding per order, rule and meter, derived from its verdicts.
CREATE TABLE compliance_hour (
    directive_id   text             NOT NULL,
    rule           varchar(16)      NOT NULL,
    meter          text             NOT NULL,
    hour           timestamptz      NOT NULL,
    enterprise_id  varchar(18)      NOT NULL,
    verdict        varchar(12)      NOT NULL CHECK (verdict IN ('VIOLATION', 'COMPLIANT', 'NO_BASELINE')),
    value          double precision,
    baseline       double precision,
    threshold      double precision,
    note           text,
    PRIMARY KEY (directive_id, rule, meter, hour)
);
CREATE INDEX compliance_hour_enterprise ON compliance_hour (enterprise_id, hour);

CREATE TABLE compliance_finding (
    id               text         PRIMARY KEY,
    enterprise_id    varchar(18)  NOT NULL,
    region_code      varchar(6)   NOT NULL,
    directive_id     text         NOT NULL,
    warning_id       text,
    rule             varchar(16)  NOT NULL,
    meter            text         NOT NULL,
    outcome          varchar(20)  NOT NULL CHECK (outcome IN ('SUSPECTED_VIOLATION', 'NO_BASELINE')),
    status           varchar(8)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    first_hour       timestamptz  NOT NULL,
    last_violation   timestamptz,
    closed_at        timestamptz,
    violating_hours  integer      NOT NULL,
    evidence         jsonb        NOT NULL,
    version          integer      NOT NULL,
    decision         varchar(10)  CHECK (decision IN ('CONFIRMED', 'DISMISSED')),
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (directive_id, rule, meter)
);
CREATE INDEX compliance_finding_region ON compliance_finding (region_code, status);
CREATE INDEX compliance_finding_enterprise ON compliance_finding (enterprise_id, status);

-- monitoring's telemetry is asked for by enterprise and time (TelemetryQueries)
CREATE INDEX enterprise_telemetry_enterprise_time ON enterprise_telemetry (enterprise_id, measured_at);
