-- A domain used by a column gains a CHECK constraint NOT VALID.
CREATE DOMAIN posint AS integer;
CREATE TABLE t (id integer PRIMARY KEY, n posint);
ALTER DOMAIN posint ADD CONSTRAINT posint_positive CHECK (VALUE > 0) NOT VALID;
