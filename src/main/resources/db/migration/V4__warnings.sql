-- warning: warnings issued by duty officers (the city's, and counties' own raises), proposals,
-- regional floors, and the effective level of every region.
CREATE TABLE warning (
    id              text PRIMARY KEY,
    region_code     varchar(6)   NOT NULL REFERENCES region (code),
    level           varchar(8)   NOT NULL CHECK (level IN ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
    status          varchar(8)   NOT NULL CHECK (status IN ('ACTIVE', 'LIFTED')),
    rule_set        text,
    cause           text,
    mandatory       boolean      NOT NULL DEFAULT true,
    proposal_id     text,
    effective_from  timestamptz  NOT NULL,
    issued_at       timestamptz  NOT NULL DEFAULT now(),
    issued_by       text         NOT NULL,
    reason          text         NOT NULL,
    lifted_at       timestamptz,
    lifted_by       text,
    version         integer      NOT NULL DEFAULT 1
);
-- several instances can never issue two warnings for one region
CREATE UNIQUE INDEX warning_one_active_per_region ON warning (region_code) WHERE status = 'ACTIVE';

-- every officer action on a warning, with who and why (overrides included)
CREATE TABLE warning_action (
    id               bigserial PRIMARY KEY,
    warning_id       text         NOT NULL REFERENCES warning (id),
    version          integer      NOT NULL,
    type             varchar(12)  NOT NULL,
    level            varchar(8)   NOT NULL,
    previous_level   varchar(8)   NOT NULL,
    actor            text         NOT NULL,
    reason           text         NOT NULL,
    override_reason  text,
    effective_from   timestamptz  NOT NULL,
    at               timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (warning_id, version)
);

CREATE TABLE warning_proposal (
    id                  text PRIMARY KEY,
    region_code         varchar(6)   NOT NULL REFERENCES region (code),
    level               varchar(8)   NOT NULL,
    previous_level      varchar(8)   NOT NULL,
    kind                varchar(12)  NOT NULL,
    rule_set            text         NOT NULL,
    cause               text,
    mandatory           boolean      NOT NULL,
    reasons             jsonb        NOT NULL,
    trigger             text         NOT NULL,
    status              varchar(12)  NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'SUPERSEDED', 'WITHDRAWN')),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    closed_at           timestamptz
);
CREATE UNIQUE INDEX warning_proposal_one_open ON warning_proposal (region_code) WHERE status = 'OPEN';

-- floors set by a higher government (aq.warning.regional.v1)
CREATE TABLE regional_floor (
    id              text PRIMARY KEY,
    issuing_region  varchar(6)   NOT NULL,
    level           varchar(8)   NOT NULL,
    regions         text[]       NOT NULL,
    effective_from  timestamptz  NOT NULL,
    effective_to    timestamptz,
    issued_by       text,
    reason          text,
    -- false when floors only propose (lantian.warning.floor-mode=PROPOSAL): then it does not raise effective levels
    automatic       boolean      NOT NULL DEFAULT true,
    received_at     timestamptz  NOT NULL DEFAULT now()
);

-- max(city warning, own raise, floor) per region; versioned so that every change is one event
CREATE TABLE effective_level (
    region_code  varchar(6) PRIMARY KEY REFERENCES region (code),
    level        varchar(8)   NOT NULL,
    version      integer      NOT NULL,
    sources      jsonb        NOT NULL,
    since        timestamptz  NOT NULL DEFAULT now()
);

INSERT INTO effective_level (region_code, level, version, sources)
SELECT code, 'NONE', 0, '{}'::jsonb FROM region;
