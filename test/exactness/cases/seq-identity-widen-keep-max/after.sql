-- An identity column widens but keeps the integer maximum.
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY (MAXVALUE 2147483647));
