-- Comments on a composite type's attribute and a materialized view's column.
CREATE TYPE address AS (street text, city text);
COMMENT ON COLUMN address.city IS 'as printed on letters';
CREATE TABLE t (id int PRIMARY KEY, a address);
CREATE MATERIALIZED VIEW cities AS SELECT DISTINCT (a).city AS city FROM t;
COMMENT ON COLUMN cities.city IS 'distinct cities';
