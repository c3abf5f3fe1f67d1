-- Sequence ascending -> descending (INCREMENT -1, so MIN/MAX/START defaults flip)
CREATE SEQUENCE s INCREMENT -1;
