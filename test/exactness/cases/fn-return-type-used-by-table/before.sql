-- A function used by a column default, a check and a partial index.
CREATE FUNCTION next_code(n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT n * 10 $$;
CREATE TABLE items (id int PRIMARY KEY, code bigint NOT NULL DEFAULT next_code(1) CHECK (code >= next_code(0)));
CREATE INDEX items_big_idx ON items (code) WHERE code > next_code(100);
