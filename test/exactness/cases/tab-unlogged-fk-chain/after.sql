-- Three logged tables in a reference chain become unlogged (referencing ones first).
CREATE UNLOGGED TABLE a (id integer PRIMARY KEY);
CREATE UNLOGGED TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);
CREATE UNLOGGED TABLE c (id integer PRIMARY KEY, b_id integer REFERENCES b);
