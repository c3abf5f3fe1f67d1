-- A users table with a plain-text password column and serial ids.
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, password text NOT NULL);
