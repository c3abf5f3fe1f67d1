-- Reverse of seq-identity-widen-keep-max: an identity column widens but keeps the integer maximum.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY);
