-- Categories with an ltree path column, GiST and btree indexes, a CHECK with nlevel() and a view using <@.
CREATE EXTENSION ltree;
CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories, name text NOT NULL,
  path ltree NOT NULL CHECK (nlevel(path) BETWEEN 1 AND 8));
CREATE INDEX categories_path_gist_idx ON categories USING gist (path);
CREATE INDEX categories_path_idx ON categories USING btree (path);
CREATE VIEW electronics AS SELECT c.id, c.name, c.path FROM categories c WHERE c.path <@ 'electronics'::ltree;
