-- warning: the reduction list's adequacy (10/20/30 %) at the warning's level when it was issued or changed;
-- issuing with a shortfall is allowed, and the shortfall is kept with the warning.
ALTER TABLE warning ADD COLUMN adequacy jsonb;
ALTER TABLE warning_proposal ADD COLUMN adequacy jsonb;
