-- Reverse of seq-serial-to-int: serial becomes a plain integer: default and sequence go.
CREATE TABLE t (id serial);
