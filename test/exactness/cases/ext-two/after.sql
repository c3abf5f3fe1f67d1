-- Two extensions (hstore and ltree) are created at once, with columns using both.
CREATE EXTENSION hstore;
CREATE EXTENSION ltree;
CREATE TABLE node (id integer PRIMARY KEY, path ltree, attrs hstore);
