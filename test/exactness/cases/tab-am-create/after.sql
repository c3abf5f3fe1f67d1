-- A table is created with a non-default access method.
-- pull-skip: relies on a table access method created with CREATE ACCESS METHOD, which gen does not manage
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE t (id integer) USING heap2;
