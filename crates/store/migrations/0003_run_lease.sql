-- Only one run at a time sends a publication: the run holds a lease that it renews.
ALTER TABLE publications ADD COLUMN run_owner TEXT;
ALTER TABLE publications ADD COLUMN run_until TEXT;
