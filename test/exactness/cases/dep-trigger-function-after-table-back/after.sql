-- A table with a trigger and a function returning its rows is created with both functions.
CREATE FUNCTION a_touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE customer (id int PRIMARY KEY);
CREATE TRIGGER t BEFORE UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION a_touch();
CREATE FUNCTION report() RETURNS SETOF customer LANGUAGE sql AS $$ SELECT * FROM customer $$;
