-- The function's return type changes (CREATE OR REPLACE cannot): it is dropped and created again, and the default, check and index that call it are taken off before and put back after.
CREATE FUNCTION next_code(n int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT n::bigint * 10 $$;
CREATE TABLE items (id int PRIMARY KEY, code bigint NOT NULL DEFAULT next_code(1) CHECK (code >= next_code(0)));
CREATE INDEX items_big_idx ON items (code) WHERE code > next_code(100);
