-- A table moves to another table access method.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE t (id integer) USING heap2;
