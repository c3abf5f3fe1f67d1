CREATE EXTENSION btree_gist;
CREATE TABLE e (k int, r int4range, s int);
