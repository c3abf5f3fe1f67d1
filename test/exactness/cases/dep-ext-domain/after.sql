-- A domain over an extension's type (citext): extension first, then domain, then the column.
CREATE EXTENSION citext;
CREATE DOMAIN email AS citext CHECK (VALUE ~ '@');
CREATE TABLE account (id integer PRIMARY KEY, email email);
