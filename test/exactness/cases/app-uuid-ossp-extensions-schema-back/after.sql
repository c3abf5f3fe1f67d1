-- uuid-ossp and its extensions schema are dropped with the column default and the function using them.
CREATE TABLE sessions (id integer PRIMARY KEY, user_id integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
