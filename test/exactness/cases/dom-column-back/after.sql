-- Reverse of dom-column: a column typed by a domain is dropped, then the domain.
CREATE TABLE customer (id integer PRIMARY KEY);
