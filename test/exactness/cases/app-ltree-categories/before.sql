-- Categories as an adjacency list (parent_id).
CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories, name text NOT NULL);
