CREATE DOMAIN code AS text CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) CONSTRAINT code_short CHECK (length(VALUE) <= 8);
