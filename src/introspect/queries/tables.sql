-- Ordinary and partitioned tables (not partitions) in user schemas, not owned by extensions.
-- Comments are read with a subquery on pg_description: obj_description() is a SQL function that
-- the planner cannot inline, several times slower per row.
SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name, 
       (SELECT d.description FROM pg_description d WHERE d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0) AS comment
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY 2, 3
