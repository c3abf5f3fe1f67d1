CREATE TABLE u (id serial, x text);
ALTER TABLE u ADD CONSTRAINT t_pkey PRIMARY KEY (id);
