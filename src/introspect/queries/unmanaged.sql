-- Objects the model does not manage (objects.sql lists those it does); they are listed, never
-- altered or dropped. So are the owners and tablespaces of tables and schemas where they differ
-- from the defaults (owner: the database's owner). `handle` names the object as
-- dependencies.sql does, for what it depends on.
SELECT 'foreign table' AS kind, n.nspname AS schema, c.relname AS name, 'pg_class:' || c.oid AS handle
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'f'
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
UNION ALL
SELECT 'event trigger', '', evtname, 'pg_event_trigger:' || oid FROM pg_event_trigger
UNION ALL
SELECT 'publication', '', pubname, 'pg_publication:' || oid FROM pg_publication
UNION ALL
SELECT x.kind, n.nspname, c.relname || ' (' || x.detail || ')', NULL
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL (VALUES
    ('table owner', CASE WHEN c.relowner <> (SELECT db.datdba FROM pg_database db WHERE db.datname = current_database()) THEN pg_get_userbyid(c.relowner) END),
    ('table tablespace', CASE WHEN c.reltablespace <> 0 THEN (SELECT ts.spcname::text FROM pg_tablespace ts WHERE ts.oid = c.reltablespace) END)
  ) x(kind, detail)
 WHERE x.detail IS NOT NULL AND c.relkind IN ('r', 'p')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
UNION ALL
SELECT x.kind, '', n.nspname || ' (' || x.detail || ')', NULL
  FROM pg_namespace n
  CROSS JOIN LATERAL (SELECT pg_get_userbyid(n.nspowner) AS owner) o
  CROSS JOIN LATERAL (VALUES
    ('schema owner', CASE WHEN n.nspowner <> (SELECT db.datdba FROM pg_database db WHERE db.datname = current_database()) AND o.owner <> 'pg_database_owner' THEN o.owner END)
  ) x(kind, detail)
 WHERE x.detail IS NOT NULL AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
