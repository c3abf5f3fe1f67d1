CREATE TABLE product (id integer PRIMARY KEY, price numeric(12,2));
