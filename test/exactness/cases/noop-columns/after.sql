-- requires: 14
-- No change: columns with modifiers, arrays, collation, defaults, generated, compression, storage, comments; the diff must be "no changes".
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE t (id int PRIMARY KEY, a varchar(10) COLLATE "C" NOT NULL DEFAULT 'x', b numeric(8,3)[], c timestamptz(3) DEFAULT now(), d mood, e integer GENERATED ALWAYS AS (id * 2) STORED, f text COMPRESSION pglz, g text, h interval hour to minute, i bit(4));
ALTER TABLE t ALTER COLUMN g SET STORAGE EXTERNAL;
COMMENT ON COLUMN t.a IS 'short';
