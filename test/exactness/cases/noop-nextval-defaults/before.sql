CREATE SEQUENCE shared START 7;
CREATE TABLE a (id bigint PRIMARY KEY DEFAULT nextval('shared'));
CREATE TABLE b (id bigint PRIMARY KEY DEFAULT nextval('shared'));
