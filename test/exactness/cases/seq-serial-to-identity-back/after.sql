-- serial -> identity: same type, different default and sequence kind (the other way)
CREATE TABLE t (id serial PRIMARY KEY, v text);
