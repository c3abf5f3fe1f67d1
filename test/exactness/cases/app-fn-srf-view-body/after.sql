-- The SETOF-table function read by a view changes its body and ROWS estimate only: CREATE OR REPLACE keeps the view.
CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE FUNCTION recent_events(days integer) RETURNS SETOF events LANGUAGE sql STABLE ROWS 500 AS $$ SELECT * FROM events WHERE at > now() - make_interval(days => days) ORDER BY at DESC $$;
CREATE VIEW recent_logins AS SELECT id, at FROM recent_events(7) WHERE kind = 'login';
