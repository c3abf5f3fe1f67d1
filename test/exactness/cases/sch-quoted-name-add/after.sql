-- A schema whose name needs quoting, with a table: added.
CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema".t (id int);
