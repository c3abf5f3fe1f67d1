-- A new table draws from an existing sequence and becomes its owner.
CREATE SEQUENCE s;
CREATE TABLE u (id integer NOT NULL DEFAULT nextval('s'));
ALTER SEQUENCE s OWNED BY u.id;
