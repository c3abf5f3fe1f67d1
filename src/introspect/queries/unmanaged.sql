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
-- What users create beside tables and gen neither manages nor can re-create: made after initdb
-- (oid >= 16384) and not by an extension.
SELECT x.kind, COALESCE(n.nspname, ''), x.name, NULL
  FROM (
    SELECT 'text search configuration', cfgnamespace, cfgname::text, 'pg_ts_config'::regclass, oid FROM pg_ts_config
    UNION ALL SELECT 'text search dictionary', dictnamespace, dictname::text, 'pg_ts_dict'::regclass, oid FROM pg_ts_dict
    UNION ALL SELECT 'text search parser', prsnamespace, prsname::text, 'pg_ts_parser'::regclass, oid FROM pg_ts_parser
    UNION ALL SELECT 'text search template', tmplnamespace, tmplname::text, 'pg_ts_template'::regclass, oid FROM pg_ts_template
    UNION ALL SELECT 'operator', oprnamespace, oprname || '(' || format_type(oprleft, NULL) || ', ' || format_type(oprright, NULL) || ')', 'pg_operator'::regclass, oid FROM pg_operator
    UNION ALL SELECT 'operator class', opcnamespace, opcname || ' (' || (SELECT amname FROM pg_am WHERE oid = opcmethod) || ')', 'pg_opclass'::regclass, oid FROM pg_opclass
    UNION ALL SELECT 'operator family', opfnamespace, opfname || ' (' || (SELECT amname FROM pg_am WHERE oid = opfmethod) || ')', 'pg_opfamily'::regclass, oid FROM pg_opfamily
    UNION ALL SELECT 'conversion', connamespace, conname::text, 'pg_conversion'::regclass, oid FROM pg_conversion
    UNION ALL SELECT 'statistics', stxnamespace, stxname::text, 'pg_statistic_ext'::regclass, oid FROM pg_statistic_ext
    UNION ALL SELECT 'cast', NULL, format_type(castsource, NULL) || ' AS ' || format_type(casttarget, NULL), 'pg_cast'::regclass, oid FROM pg_cast
    -- A view's own rule is named _RETURN (a table's rules cannot be).
    UNION ALL SELECT 'rule', (SELECT relnamespace FROM pg_class WHERE oid = ev_class), rulename || ' on ' || ev_class::regclass::text, 'pg_rewrite'::regclass, oid
                FROM pg_rewrite WHERE rulename <> '_RETURN'
    UNION ALL SELECT 'foreign data wrapper', NULL, fdwname::text, 'pg_foreign_data_wrapper'::regclass, oid FROM pg_foreign_data_wrapper
    UNION ALL SELECT 'foreign server', NULL, srvname::text, 'pg_foreign_server'::regclass, oid FROM pg_foreign_server
    UNION ALL SELECT 'access method', NULL, amname::text, 'pg_am'::regclass, oid FROM pg_am
    UNION ALL SELECT 'language', NULL, lanname::text, 'pg_language'::regclass, oid FROM pg_language
    UNION ALL SELECT 'transform', NULL, format_type(trftype, NULL) || ' for ' || (SELECT lanname FROM pg_language WHERE oid = trflang), 'pg_transform'::regclass, oid FROM pg_transform
  ) x(kind, nsp, name, classid, oid)
  LEFT JOIN pg_namespace n ON n.oid = x.nsp
 WHERE x.oid >= 16384::oid
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = x.classid AND d.objid = x.oid AND d.deptype = 'e')
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
