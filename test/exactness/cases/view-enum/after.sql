-- A view filtering and casting on an enum type created.
CREATE TYPE status AS ENUM ('draft', 'active', 'archived');
CREATE TABLE doc (id int PRIMARY KEY, title text, st status NOT NULL DEFAULT 'draft');
CREATE VIEW live_doc AS SELECT id, title, st, st::text AS st_label FROM doc WHERE st = 'active'::status;
