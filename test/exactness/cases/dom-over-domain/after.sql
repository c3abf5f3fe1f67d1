-- A domain over another domain is created, and a column uses it.
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN percent AS posint CONSTRAINT percent_max CHECK (VALUE <= 100);
CREATE TABLE t (id integer PRIMARY KEY, pct percent);
