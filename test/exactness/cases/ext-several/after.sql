-- Several extensions are created at once: pgcrypto, unaccent, fuzzystrmatch, intarray, isn, seg, tablefunc, btree_gin.
CREATE EXTENSION pgcrypto;
CREATE EXTENSION unaccent;
CREATE EXTENSION fuzzystrmatch;
CREATE EXTENSION intarray;
CREATE EXTENSION isn;
CREATE EXTENSION seg;
CREATE EXTENSION tablefunc;
CREATE EXTENSION btree_gin;
