-- Column collation "C" back to the default.
CREATE TABLE t (id int PRIMARY KEY, v text);
