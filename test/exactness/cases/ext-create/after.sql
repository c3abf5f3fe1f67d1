-- An extension (citext) is created.
CREATE EXTENSION citext;
