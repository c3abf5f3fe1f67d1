-- A column changes type to a new domain: domain first, then ALTER COLUMN TYPE.
CREATE DOMAIN amount AS numeric(12,2) CHECK (VALUE >= 0);
CREATE TABLE product (id integer PRIMARY KEY, price amount);
