CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (id integer, m text);
INSERT INTO t VALUES (1, 'ok');
