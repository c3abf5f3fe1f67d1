-- A statement trigger with a transition table (REFERENCING NEW TABLE AS inserted) is created.
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE TABLE item_count (n bigint NOT NULL);
CREATE FUNCTION count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE item_count SET n = n + (SELECT count(*) FROM inserted);
  RETURN NULL;
END
$$;
CREATE TRIGGER item_count_ins AFTER INSERT ON item REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION count_inserted();
