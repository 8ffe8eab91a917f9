-- reduction: every import is a version; the raw CSV is kept, so older versions stay readable.
CREATE TABLE reduction_list_version (
    id           serial PRIMARY KEY,
    imported_at  timestamptz  NOT NULL DEFAULT now(),
    imported_by  text         NOT NULL,
    enterprises  integer      NOT NULL,
    measures     integer      NOT NULL,
    active       boolean      NOT NULL DEFAULT false,
    csv          text         NOT NULL
);
CREATE UNIQUE INDEX reduction_list_one_active ON reduction_list_version (active) WHERE active;

-- directive: every order sent, industrial (per enterprise) or regional (vehicle, construction).
CREATE TABLE directive (
    id               text PRIMARY KEY,
    kind             varchar(12)  NOT NULL CHECK (kind IN ('INDUSTRIAL', 'VEHICLE', 'CONSTRUCTION')),
    subject          text         NOT NULL,
    version          integer      NOT NULL,
    warning_id       text,
    region_code      varchar(6)   NOT NULL,
    level            varchar(8)   NOT NULL,
    action           varchar(8)   NOT NULL CHECK (action IN ('START', 'CHANGE', 'END')),
    mandatory        boolean      NOT NULL,
    measures         jsonb        NOT NULL,
    list_version     integer,
    effective_from   timestamptz  NOT NULL,
    issued_at        timestamptz  NOT NULL DEFAULT now(),
    ack_deadline     timestamptz  NOT NULL,
    acked_at         timestamptz,
    acked_by         text,
    escalated_at     timestamptz,
    UNIQUE (kind, subject, version)
);
CREATE INDEX directive_region ON directive (region_code, issued_at);
CREATE INDEX directive_by_subject ON directive (subject, issued_at);
CREATE INDEX directive_open ON directive (ack_deadline) WHERE acked_at IS NULL AND escalated_at IS NULL;

-- the level each subject's directives are at, and their per-subject version
CREATE TABLE directive_subject (
    kind     varchar(12) NOT NULL,
    subject  text        NOT NULL,
    level    varchar(8)  NOT NULL,
    version  integer     NOT NULL,
    PRIMARY KEY (kind, subject)
);
