-- Reverse of seq-drop-keeps-table: a sequence is dropped after the default that calls it.
CREATE SEQUENCE s;
CREATE TABLE t (id integer DEFAULT nextval('s'));
