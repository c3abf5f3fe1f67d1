CREATE TABLE t (id integer, status text DEFAULT 'new', at timestamptz);
