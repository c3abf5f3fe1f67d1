CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE TABLE item_count (n bigint NOT NULL);
CREATE FUNCTION count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE item_count SET n = n + (SELECT count(*) FROM inserted);
  RETURN NULL;
END
$$;
