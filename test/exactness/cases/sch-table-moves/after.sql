-- A table moves to another schema (both schemas stay).
CREATE SCHEMA old;
CREATE SCHEMA new;
CREATE TABLE new.t (id int PRIMARY KEY);
