CREATE TABLE parent (id int NOT NULL, CHECK (id > 0));
CREATE TABLE child (extra text) INHERITS (parent);
CREATE TABLE other (y int);
CREATE TABLE grandchild (z int) INHERITS (child, other);
