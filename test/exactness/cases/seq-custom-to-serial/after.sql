-- Reverse of seq-serial-to-custom: a serial column whose sequence gets options is no longer plain serial: the sequence is altered.
CREATE TABLE t (id serial);
