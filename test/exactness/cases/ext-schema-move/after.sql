-- An extension moves from public to schema ext.
CREATE SCHEMA ext;
CREATE EXTENSION ltree WITH SCHEMA ext;
