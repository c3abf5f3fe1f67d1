CREATE TABLE task (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user, priority bigint NOT NULL);
CREATE VIEW urgent_task AS SELECT id, owner, priority FROM task WHERE priority > 5;
CREATE FUNCTION note_priority() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'priority % -> %', OLD.priority, NEW.priority;
  RETURN NEW;
END
$$;
CREATE TRIGGER task_priority AFTER UPDATE OF priority ON task FOR EACH ROW WHEN (OLD.priority IS DISTINCT FROM NEW.priority) EXECUTE FUNCTION note_priority();
ALTER TABLE task ENABLE ROW LEVEL SECURITY;
CREATE POLICY task_visible ON task USING (owner = current_user OR priority > 8);
