-- Three unlogged tables in a reference chain become logged (referenced ones first).
CREATE TABLE c (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, c_id integer REFERENCES c);
CREATE TABLE a (id integer PRIMARY KEY, b_id integer REFERENCES b);
