-- A new table with an identity column carrying sequence options.
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5 MINVALUE 100 CACHE 4) PRIMARY KEY, v text);
