-- An extension's type is used by a new column: citext is created before the table.
CREATE EXTENSION citext;
CREATE TABLE account (id integer PRIMARY KEY, email citext NOT NULL UNIQUE);
