-- directive: seasonal staggered-production orders (错峰生产) are industrial orders of their own kind.
ALTER TABLE directive DROP CONSTRAINT directive_kind_check;
ALTER TABLE directive ADD CONSTRAINT directive_kind_check
    CHECK (kind IN ('INDUSTRIAL', 'VEHICLE', 'CONSTRUCTION', 'STAGGERED'));
-- a staggered subject's state is the season it is in (e.g. 2026-11-01)
ALTER TABLE directive_subject ALTER COLUMN level TYPE varchar(16);
