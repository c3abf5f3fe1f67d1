-- Reverse of seq-serial-shared: a second table draws from a serial column's sequence.
CREATE TABLE t (id serial);
