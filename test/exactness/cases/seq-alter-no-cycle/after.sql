-- Reverse of seq-alter-cycle: cYCLE is switched on.
CREATE SEQUENCE s;
