-- No change: serial columns of every size.
CREATE TABLE t (a serial PRIMARY KEY, b bigserial, c smallserial);
