-- A new table with bigserial and smallserial columns.
CREATE TABLE t (id bigserial PRIMARY KEY, n smallserial);
