-- serial becomes a plain integer: default and sequence go.
CREATE TABLE t (id integer NOT NULL);
