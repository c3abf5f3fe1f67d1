-- Default now() -> now() + '1 day'
CREATE TABLE t (id int PRIMARY KEY, v timestamptz DEFAULT (now() + interval '1 day'));
