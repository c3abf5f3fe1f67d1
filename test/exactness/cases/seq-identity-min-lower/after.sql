-- Reverse of seq-identity-min-raise: an identity MINVALUE rises above the current value (restart guard).
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY);
