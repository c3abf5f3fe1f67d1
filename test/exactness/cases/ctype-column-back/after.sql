-- Reverse of ctype-column: columns typed by a composite type are dropped, then the type.
CREATE TABLE customer (id integer PRIMARY KEY);
