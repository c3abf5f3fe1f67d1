-- Only privileges differ (not managed by gen, not compared: pg_dump --no-privileges): no changes.
CREATE TABLE t (id int PRIMARY KEY);
GRANT SELECT, INSERT ON t TO PUBLIC;
