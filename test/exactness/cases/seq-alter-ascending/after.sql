-- Reverse of seq-alter-descending: an ascending sequence becomes descending: bounds and start take the descending defaults.
CREATE SEQUENCE s;
