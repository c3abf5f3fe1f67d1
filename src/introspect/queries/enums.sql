-- Enum types in user schemas, values in sort order; extension-owned types are left out.
SELECT n.nspname AS schema, t.typname AS name,
       array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels,
       (SELECT d.description FROM pg_description d WHERE d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0) AS comment
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_enum e ON e.enumtypid = t.oid
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
 GROUP BY n.nspname, t.typname, t.oid
 ORDER BY 1, 2
