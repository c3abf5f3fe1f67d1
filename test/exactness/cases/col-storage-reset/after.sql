-- A column goes back to its type's storage.
CREATE TABLE t (id integer, body text);
