-- A column DEFAULT that calls a function dropped with the function (the default first).
CREATE TABLE item (id int PRIMARY KEY, code text);
