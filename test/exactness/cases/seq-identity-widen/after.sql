-- An identity column widens: the sequence type and maximum follow.
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY);
