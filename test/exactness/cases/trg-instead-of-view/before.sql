CREATE TABLE person (id integer PRIMARY KEY, first_name text, last_name text);
CREATE VIEW person_name AS SELECT id, first_name || ' ' || last_name AS full_name FROM person;
CREATE FUNCTION person_name_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person (id, first_name, last_name) VALUES (NEW.id, split_part(NEW.full_name, ' ', 1), split_part(NEW.full_name, ' ', 2));
  RETURN NEW;
END
$$;
