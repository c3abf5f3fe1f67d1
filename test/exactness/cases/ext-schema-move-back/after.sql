-- Reverse of ext-schema-move: an extension moves from schema ext to public.
CREATE SCHEMA ext;
CREATE EXTENSION ltree;
