-- requires: 18
CREATE TABLE t (id integer NOT NULL);
