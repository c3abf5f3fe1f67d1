-- Table storage parameter fillfactor=70: dropped.
CREATE TABLE t (id int PRIMARY KEY, v text);
