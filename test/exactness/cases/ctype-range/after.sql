-- A range type over float8 is created, and a column uses it.
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE reading (id integer PRIMARY KEY, span floatrange);
