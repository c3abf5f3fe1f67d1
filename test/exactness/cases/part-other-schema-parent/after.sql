-- A partitioned table in its own schema with partitions in a second schema and in public.
CREATE SCHEMA app;
CREATE SCHEMA app_parts;
CREATE TABLE app.jobs (
    id bigint NOT NULL,
    queue text NOT NULL,
    payload jsonb,
    PRIMARY KEY (id, queue)
) PARTITION BY LIST (queue);
CREATE TABLE app_parts.jobs_mail PARTITION OF app.jobs FOR VALUES IN ('mail');
CREATE TABLE app_parts.jobs_reports PARTITION OF app.jobs FOR VALUES IN ('reports');
CREATE TABLE public.jobs_other PARTITION OF app.jobs DEFAULT;
