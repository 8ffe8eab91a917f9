-- directive: one kind name everywhere — the topic's payload, the REST filter, the database and the docs say
-- STAGGERED_PRODUCTION (the table said STAGGERED, so ?kind=STAGGERED_PRODUCTION found nothing).
ALTER TABLE directive DROP CONSTRAINT directive_kind_check;
ALTER TABLE directive ALTER COLUMN kind TYPE varchar(24);
ALTER TABLE directive_subject ALTER COLUMN kind TYPE varchar(24);
UPDATE directive SET kind = 'STAGGERED_PRODUCTION' WHERE kind = 'STAGGERED';
UPDATE directive_subject SET kind = 'STAGGERED_PRODUCTION' WHERE kind = 'STAGGERED';
ALTER TABLE directive ADD CONSTRAINT directive_kind_check
    CHECK (kind IN ('INDUSTRIAL', 'VEHICLE', 'CONSTRUCTION', 'STAGGERED_PRODUCTION'));
