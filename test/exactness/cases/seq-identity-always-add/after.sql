-- Identity (ALWAYS) on an existing column: added.
CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);
