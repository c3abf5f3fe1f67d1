-- Sequences owned by a column (an automatic dependency): a column whose default is nextval()
-- of a sequence it owns reads back as serial. One scan of pg_depend instead of a lookup per column.
SELECT dep.refobjid::int8 AS table_oid, dep.refobjsubid AS num, s.relname AS name
  FROM pg_depend dep
  JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
 WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'a'
   AND dep.refobjsubid > 0
