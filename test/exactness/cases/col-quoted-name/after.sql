-- A column whose name needs quoting gains NOT NULL and a default
CREATE TABLE t (id int PRIMARY KEY, "Mixed Case" text NOT NULL DEFAULT 'x');
