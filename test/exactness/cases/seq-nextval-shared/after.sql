-- A second table draws from an existing shared sequence.
CREATE SEQUENCE ids;
CREATE TABLE a (id bigint DEFAULT nextval('ids'));
CREATE TABLE b (id bigint DEFAULT nextval('ids'));
