-- A sequence and a table whose default calls it are created in one migration (sequence first).
CREATE SEQUENCE ids START WITH 1000;
CREATE TABLE u (id bigint NOT NULL DEFAULT nextval('ids'), x text);
