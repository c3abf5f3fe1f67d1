CREATE DOMAIN posint AS integer;
CREATE TABLE t (id integer PRIMARY KEY, n posint);
