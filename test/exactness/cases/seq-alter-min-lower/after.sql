-- Reverse of seq-alter-min-raise: mINVALUE rises above the current value: the sequence restarts at its new start (the ALTER is refused otherwise).
CREATE SEQUENCE s;
