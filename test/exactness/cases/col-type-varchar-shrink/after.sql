-- varchar(20) shrinks to varchar(5) with short rows.
CREATE TABLE t (id integer, n character varying(5));
