CREATE TABLE item (id int PRIMARY KEY, code text);
