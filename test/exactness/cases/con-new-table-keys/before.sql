-- requires: 15
CREATE TABLE p (a int NOT NULL, b int NOT NULL, c int, d int);
