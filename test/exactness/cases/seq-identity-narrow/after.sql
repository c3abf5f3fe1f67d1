-- Reverse of seq-identity-widen: an identity column widens: the sequence type and maximum follow.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY);
