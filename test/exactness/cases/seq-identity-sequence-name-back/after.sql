-- Reverse of seq-identity-sequence-name: an identity sequence under a name of its own.
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY);
