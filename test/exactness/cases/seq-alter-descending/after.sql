-- An ascending sequence becomes descending: bounds and start take the descending defaults.
CREATE SEQUENCE s INCREMENT BY -1;
