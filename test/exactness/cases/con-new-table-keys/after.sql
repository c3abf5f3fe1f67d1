-- Constraint: new table keys.
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
CREATE TABLE n (a int, b int, c int, CONSTRAINT n_pkey PRIMARY KEY (a) INCLUDE (b) WITH (fillfactor=80) DEFERRABLE, CONSTRAINT n_b_key UNIQUE NULLS NOT DISTINCT (b) INCLUDE (c) DEFERRABLE INITIALLY DEFERRED);
COMMENT ON CONSTRAINT n_pkey ON n IS 'pk';
