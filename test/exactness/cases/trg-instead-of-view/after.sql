-- An INSTEAD OF INSERT trigger is created on a view.
CREATE TABLE person (id integer PRIMARY KEY, first_name text, last_name text);
CREATE VIEW person_name AS SELECT id, first_name || ' ' || last_name AS full_name FROM person;
CREATE FUNCTION person_name_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person (id, first_name, last_name) VALUES (NEW.id, split_part(NEW.full_name, ' ', 1), split_part(NEW.full_name, ' ', 2));
  RETURN NEW;
END
$$;
CREATE TRIGGER person_name_ins INSTEAD OF INSERT ON person_name FOR EACH ROW EXECUTE FUNCTION person_name_insert();
