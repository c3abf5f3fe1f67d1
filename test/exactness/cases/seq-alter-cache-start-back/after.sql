-- Reverse of seq-alter-cache-start: sTART and CACHE change.
CREATE SEQUENCE s;
