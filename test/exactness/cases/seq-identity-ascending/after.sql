-- Reverse of seq-identity-descending: an identity column counts down.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY);
