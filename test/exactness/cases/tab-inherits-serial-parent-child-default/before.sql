CREATE TABLE parent (id serial PRIMARY KEY, a integer);
CREATE TABLE child () INHERITS (parent);
