-- bit(8) -> bit varying(16)
CREATE TABLE t (id int PRIMARY KEY, v bit varying(16));
