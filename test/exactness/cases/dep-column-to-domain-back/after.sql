-- Reverse of dep-column-to-domain: a column changes back from a domain to its base type, then the domain is dropped.
CREATE TABLE product (id integer PRIMARY KEY, price numeric(12,2));
