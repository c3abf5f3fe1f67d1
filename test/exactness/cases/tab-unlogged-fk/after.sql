-- A referenced table becomes UNLOGGED while an unlogged table references it.
CREATE UNLOGGED TABLE a (id integer PRIMARY KEY);
CREATE UNLOGGED TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);
