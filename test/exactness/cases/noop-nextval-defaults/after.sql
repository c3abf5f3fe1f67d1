-- No change: two tables sharing a standalone sequence through nextval defaults; the diff must be "no changes".
CREATE SEQUENCE shared START 7;
CREATE TABLE a (id bigint PRIMARY KEY DEFAULT nextval('shared'));
CREATE TABLE b (id bigint PRIMARY KEY DEFAULT nextval('shared'));
