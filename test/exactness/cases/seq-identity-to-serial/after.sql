-- Reverse of seq-serial-to-identity: serial -> identity.
CREATE TABLE t (id serial PRIMARY KEY);
