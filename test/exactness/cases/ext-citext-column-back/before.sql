CREATE EXTENSION citext;
CREATE TABLE account (id integer PRIMARY KEY, email citext NOT NULL UNIQUE);
