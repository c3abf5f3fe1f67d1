-- Workers are woken with LISTEN/NOTIFY: a trigger function calling pg_notify with the channel from TG_ARGV[0], an AFTER INSERT row trigger passing the channel name, and a statement-level AFTER TRUNCATE trigger passing another.
CREATE TABLE jobs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, queue text NOT NULL DEFAULT 'default', payload jsonb NOT NULL, run_at timestamptz NOT NULL DEFAULT now(), locked_at timestamptz);
CREATE INDEX jobs_ready_idx ON jobs (queue, run_at) WHERE locked_at IS NULL;
CREATE FUNCTION notify_channel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'ROW' THEN
    PERFORM pg_notify(TG_ARGV[0], json_build_object('id', NEW.id, 'queue', NEW.queue)::text);
  ELSE
    PERFORM pg_notify(TG_ARGV[0], TG_OP);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER jobs_notify_insert AFTER INSERT ON jobs FOR EACH ROW WHEN (NEW.run_at <= now()) EXECUTE FUNCTION notify_channel('jobs_ready');
CREATE TRIGGER jobs_notify_truncate AFTER TRUNCATE ON jobs FOR EACH STATEMENT EXECUTE FUNCTION notify_channel('jobs_reset');
