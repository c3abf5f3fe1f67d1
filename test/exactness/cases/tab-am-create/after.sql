-- A table is created with a non-default access method.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE t (id integer) USING heap2;
