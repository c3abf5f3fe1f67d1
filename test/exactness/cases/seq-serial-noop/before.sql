CREATE TABLE t (a serial PRIMARY KEY, b bigserial, c smallserial);
