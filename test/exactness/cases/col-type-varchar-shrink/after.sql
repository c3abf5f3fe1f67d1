CREATE TABLE t (id integer, n character varying(5));
