-- A trigger's arguments change ('audit', 'v1' becomes 'audit', 'v2', '3').
CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL, status text, updated_at timestamptz);
CREATE FUNCTION log_args() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'args: %', TG_ARGV;
  RETURN NULL;
END
$$;
CREATE TRIGGER item_args AFTER INSERT ON item FOR EACH ROW EXECUTE FUNCTION log_args('audit', 'v2', '3');
