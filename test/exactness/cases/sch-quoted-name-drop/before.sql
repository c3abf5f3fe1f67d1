CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema".t (id int);
