-- Sequence ascending -> descending (INCREMENT -1, so MIN/MAX/START defaults flip) (the other way)
CREATE SEQUENCE s;
