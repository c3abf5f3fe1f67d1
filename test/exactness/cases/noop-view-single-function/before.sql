-- Views whose only FROM item is a function: PostgreSQL 16 and later print their columns unqualified, 15 and earlier qualified.
CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL);
CREATE FUNCTION kinds() RETURNS SETOF events LANGUAGE sql STABLE AS $$ SELECT * FROM events $$;
CREATE VIEW logins AS SELECT id FROM kinds() WHERE kind = 'login';
CREATE VIEW numbers AS SELECT g FROM generate_series(1, 3) g;
CREATE VIEW numbered AS SELECT n.x * 2 AS doubled FROM generate_series(1, 3) AS n(x);
