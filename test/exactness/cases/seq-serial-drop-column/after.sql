-- Reverse of seq-serial-add-column: a bigserial column is added.
CREATE TABLE t (id integer);
