-- A SETOF-composite function (RETURNS SETOF a table type) read by a view.
CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE FUNCTION recent_events(days integer) RETURNS SETOF events LANGUAGE sql STABLE ROWS 100 AS $$ SELECT * FROM events WHERE at > now() - make_interval(days => days) $$;
CREATE VIEW recent_logins AS SELECT id, at FROM recent_events(7) WHERE kind = 'login';
