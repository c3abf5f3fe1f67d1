-- integer to bigint, a primary key among them.
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
