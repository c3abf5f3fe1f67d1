-- A domain with two checks: one is dropped, one kept, two added.
CREATE DOMAIN code AS text CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) CONSTRAINT code_len CHECK (length(VALUE) BETWEEN 2 AND 10) CONSTRAINT code_alnum CHECK (VALUE ~ '^[A-Z0-9]+$');
