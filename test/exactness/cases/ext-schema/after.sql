-- An extension (hstore) is created WITH SCHEMA ext, in its own schema.
CREATE SCHEMA ext;
CREATE EXTENSION hstore WITH SCHEMA ext;
