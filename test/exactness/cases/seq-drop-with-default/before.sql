CREATE SEQUENCE ids START WITH 1000;
CREATE TABLE u (id bigint NOT NULL DEFAULT nextval('ids'), x text);
