CREATE SEQUENCE ids;
CREATE TABLE a (id bigint DEFAULT nextval('ids'));
