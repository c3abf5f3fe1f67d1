-- Reverse of seq-serial-after-table-rename: the sequence gets its old table's name back.
CREATE TABLE t (id serial PRIMARY KEY, x text);
ALTER TABLE t RENAME TO u;
