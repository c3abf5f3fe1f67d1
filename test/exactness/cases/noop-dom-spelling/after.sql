-- No change: domains spelled CHECK (VALUE > 0) vs CHECK (value>0), int4 vs integer, NULL-default forms; the diff must be "no changes".
CREATE DOMAIN posint int4 CHECK (value>0);
CREATE DOMAIN label AS pg_catalog.text;
