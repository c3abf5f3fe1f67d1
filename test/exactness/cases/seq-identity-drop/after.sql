-- Reverse of seq-identity-add: an existing column becomes identity with options.
CREATE TABLE t (id integer NOT NULL);
