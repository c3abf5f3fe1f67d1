-- Reverse of seq-serial-comment: a comment on a serial column's sequence.
CREATE TABLE t (id serial);
