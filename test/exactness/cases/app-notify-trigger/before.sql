-- A jobs table polled by workers.
CREATE TABLE jobs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, queue text NOT NULL DEFAULT 'default', payload jsonb NOT NULL, run_at timestamptz NOT NULL DEFAULT now(), locked_at timestamptz);
CREATE INDEX jobs_ready_idx ON jobs (queue, run_at) WHERE locked_at IS NULL;
