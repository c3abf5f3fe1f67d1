-- The ltree materialized path goes: the view, the indexes, the check, the column and the ltree extension are dropped.
CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories, name text NOT NULL);
