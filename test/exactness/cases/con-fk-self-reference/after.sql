-- A self-referencing foreign key.
CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node (id) ON DELETE CASCADE);
