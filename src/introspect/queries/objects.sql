-- The objects gen manages beyond tables, enums and sequences, each with the SQL that creates and
-- drops it in the server's own spelling (pg_get_viewdef, pg_get_functiondef, pg_get_triggerdef,
-- pg_get_constraintdef, pg_get_indexdef, pg_get_expr; names through format's %I). `handle`
-- (catalog:oid) ties each to its dependencies (dependencies.sql). `parts` can be added and
-- removed one by one without re-creating the object (`parts_remove` undoes `parts` item by item).
-- Extension members and system schemas are left out.
WITH user_ns AS (
  SELECT n.oid, n.nspname FROM pg_namespace n
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
-- The two lookups below are inlined (NOT MATERIALIZED) so each probe uses the catalog's index: a
-- materialized CTE is scanned whole once per object, and its cost estimate brings on JIT.
), ext_member AS NOT MATERIALIZED (
  SELECT d.classid, d.objid FROM pg_depend d WHERE d.deptype = 'e'
), descr AS NOT MATERIALIZED (
  SELECT d.classoid, d.objoid, d.description FROM pg_description d WHERE d.objsubid = 0
)
SELECT 'pg_extension:' || e.oid AS handle, 'extension' AS kind, n.nspname AS schema, e.extname AS name, NULL::name AS tbl,
       ARRAY[format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I', e.extname, n.nspname)] AS "create",
       NULL::text[] AS parts, NULL::text[] AS parts_remove,
       format('DROP EXTENSION %I', e.extname) AS "drop", format('EXTENSION %I', e.extname) AS comment_on, NULL::text AS shape,
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_extension'::regclass AND x.objoid = e.oid) AS comment
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname <> 'plpgsql'
UNION ALL
-- Domains: the base type and collation make the object; default, NOT NULL and checks are parts
-- (a check's comment is part of the check: PostgreSQL drops it with the constraint).
SELECT 'pg_type:' || t.oid, 'domain', n.nspname, t.typname, NULL,
       ARRAY[format('CREATE DOMAIN %I.%I AS %s', n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod))
             || CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation
                     THEN (SELECT format(' COLLATE %I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = t.typcollation) ELSE '' END],
       ARRAY(SELECT p FROM (
               SELECT 0 AS o, '' AS nm, format('ALTER DOMAIN %I.%I SET DEFAULT %s', n.nspname, t.typname, t.typdefault) AS p WHERE t.typdefault IS NOT NULL
               UNION ALL SELECT 1, '', format('ALTER DOMAIN %I.%I SET NOT NULL', n.nspname, t.typname) WHERE t.typnotnull
               UNION ALL SELECT 2, c.conname::text, format('ALTER DOMAIN %I.%I ADD CONSTRAINT %I %s', n.nspname, t.typname, c.conname, pg_get_constraintdef(c.oid))
                      || CASE WHEN cd.description IS NOT NULL THEN format(E';\nCOMMENT ON CONSTRAINT %I ON DOMAIN %I.%I IS %L', c.conname, n.nspname, t.typname, cd.description) ELSE '' END
                 FROM pg_constraint c LEFT JOIN descr cd ON cd.classoid = 'pg_constraint'::regclass AND cd.objoid = c.oid
                WHERE c.contypid = t.oid AND c.contype = 'c') x ORDER BY o, nm),
       ARRAY(SELECT p FROM (
               SELECT 0 AS o, '' AS nm, format('ALTER DOMAIN %I.%I DROP DEFAULT', n.nspname, t.typname) AS p WHERE t.typdefault IS NOT NULL
               UNION ALL SELECT 1, '', format('ALTER DOMAIN %I.%I DROP NOT NULL', n.nspname, t.typname) WHERE t.typnotnull
               UNION ALL SELECT 2, c.conname::text, format('ALTER DOMAIN %I.%I DROP CONSTRAINT %I', n.nspname, t.typname, c.conname)
                 FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c') x ORDER BY o, nm),
       format('DROP DOMAIN %I.%I', n.nspname, t.typname), format('DOMAIN %I.%I', n.nspname, t.typname), NULL,
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_type'::regclass AND x.objoid = t.oid)
  FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace JOIN pg_type bt ON bt.oid = t.typbasetype
 WHERE t.typtype = 'd' AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
UNION ALL
-- Composite types (CREATE TYPE ... AS (...)); a table's row type is the table's.
SELECT 'pg_type:' || t.oid, 'composite type', n.nspname, t.typname, NULL,
       ARRAY[format('CREATE TYPE %I.%I AS (%s)', n.nspname, t.typname,
             (SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod))
                                || CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                                        THEN (SELECT format(' COLLATE %I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) ELSE '' END,
                                ', ' ORDER BY a.attnum)
                FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped))],
       ARRAY(SELECT format('COMMENT ON COLUMN %I.%I.%I IS %L', n.nspname, t.typname, a.attname, d.description)
               FROM pg_attribute a JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = a.attrelid AND d.objsubid = a.attnum
              WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT format('COMMENT ON COLUMN %I.%I.%I IS NULL', n.nspname, t.typname, a.attname)
               FROM pg_attribute a JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = a.attrelid AND d.objsubid = a.attnum
              WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       format('DROP TYPE %I.%I', n.nspname, t.typname), format('TYPE %I.%I', n.nspname, t.typname),
       -- Each attribute as the statements that add and drop it: attributes can be dropped and
       -- appended in place (ALTER TYPE), even while a column uses the type.
       (SELECT json_agg(json_build_array(
                 format('ALTER TYPE %I.%I ADD ATTRIBUTE %I %s', n.nspname, t.typname, a.attname, format_type(a.atttypid, a.atttypmod))
                   || CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                           THEN (SELECT format(' COLLATE %I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) ELSE '' END,
                 format('ALTER TYPE %I.%I DROP ATTRIBUTE %I', n.nspname, t.typname, a.attname)) ORDER BY a.attnum)::text
          FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped),
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_type'::regclass AND x.objoid = t.oid)
  FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid
 WHERE t.typtype = 'c' AND c.relkind = 'c' AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
UNION ALL
-- Range types: the subtype, and what is not its default (operator class, collation, functions).
SELECT 'pg_type:' || t.oid, 'range type', n.nspname, t.typname, NULL,
       ARRAY[format('CREATE TYPE %I.%I AS RANGE (SUBTYPE = %s', n.nspname, t.typname, format_type(r.rngsubtype, NULL))
             || CASE WHEN NOT oc.opcdefault THEN format(', SUBTYPE_OPCLASS = %I.%I', ocn.nspname, oc.opcname) ELSE '' END
             || CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN (SELECT format(', COLLATION = %I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = r.rngcollation) ELSE '' END
             || CASE WHEN r.rngcanonical <> 0 THEN format(', CANONICAL = %s', r.rngcanonical::regproc) ELSE '' END
             || CASE WHEN r.rngsubdiff <> 0 THEN format(', SUBTYPE_DIFF = %s', r.rngsubdiff::regproc) ELSE '' END || ')'],
       NULL, NULL,
       format('DROP TYPE %I.%I', n.nspname, t.typname), format('TYPE %I.%I', n.nspname, t.typname), NULL,
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_type'::regclass AND x.objoid = t.oid)
  FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace JOIN pg_range r ON r.rngtypid = t.oid JOIN pg_type st ON st.oid = r.rngsubtype
  JOIN pg_opclass oc ON oc.oid = r.rngsubopc JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
 WHERE t.typtype = 'r' AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
UNION ALL
-- Functions and procedures: pg_get_functiondef is a whole
-- CREATE OR REPLACE statement. A routine can be replaced in place while its arguments (names,
-- modes, defaults) and result stay.
SELECT 'pg_proc:' || p.oid, CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, n.nspname,
       p.proname || '(' || oidvectortypes(p.proargtypes) || ')', NULL,
       ARRAY[rtrim(pg_get_functiondef(p.oid), E'\n')], NULL, NULL,
       format('DROP %s %I.%I(%s)', CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
       format('%s %I.%I(%s)', CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
       pg_get_function_arguments(p.oid) || ' -> ' || coalesce(pg_get_function_result(p.oid), ''),
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_proc'::regclass AND x.objoid = p.oid)
  FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace
 WHERE p.prokind IN ('f', 'p', 'w') AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
   -- A range type's constructors belong to the type.
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
UNION ALL
-- Collations: CREATE COLLATION from pg_collation. The ICU locale's column is colliculocale on
-- 15 and 16, colllocale from 17 on, collcollate before 15: read through to_jsonb, which has
-- whichever the server has.
SELECT 'pg_collation:' || co.oid, 'collation', n.nspname, co.collname, NULL,
       ARRAY[format('CREATE COLLATION %I.%I (%s)', n.nspname, co.collname, concat_ws(', ',
         CASE co.collprovider WHEN 'i' THEN 'provider = icu' WHEN 'b' THEN 'provider = builtin' END,
         CASE WHEN co.collprovider = 'c' THEN format('lc_collate = %L, lc_ctype = %L', co.collcollate, co.collctype)
              ELSE format('locale = %L', coalesce(x.j->>'colllocale', x.j->>'colliculocale', co.collcollate)) END,
         CASE WHEN x.j->>'collicurules' IS NOT NULL THEN format('rules = %L', x.j->>'collicurules') END,
         CASE WHEN NOT co.collisdeterministic THEN 'deterministic = false' END))],
       NULL, NULL, format('DROP COLLATION %I.%I', n.nspname, co.collname), format('COLLATION %I.%I', n.nspname, co.collname), NULL,
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_collation'::regclass AND x.objoid = co.oid)
  FROM pg_collation co JOIN user_ns n ON n.oid = co.collnamespace
  CROSS JOIN LATERAL (SELECT to_jsonb(co) AS j) x
 WHERE NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_collation'::regclass AND m.objid = co.oid)
UNION ALL
-- Aggregates: CREATE AGGREGATE from pg_aggregate (the server has no deparser for it), each
-- option only where it is not the default, functions and operators schema-qualified. `(*)` for
-- one without arguments; pg_get_function_arguments says ORDER BY for ordered-set ones.
SELECT 'pg_proc:' || p.oid, 'aggregate', n.nspname, p.proname || '(' || oidvectortypes(p.proargtypes) || ')', NULL,
       ARRAY[format('CREATE AGGREGATE %I.%I(%s) (%s)', n.nspname, p.proname, CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_get_function_arguments(p.oid) END, concat_ws(', ',
         'SFUNC = ' || fn.sfunc, 'STYPE = ' || format_type(a.aggtranstype, NULL),
         CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,
         'FINALFUNC = ' || fn.ffunc, CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
         CASE WHEN a.aggfinalmodify <> CASE WHEN a.aggkind = 'n' THEN 'r' ELSE 'w' END
              THEN 'FINALFUNC_MODIFY = ' || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
         'COMBINEFUNC = ' || fn.cfunc, 'SERIALFUNC = ' || fn.serfunc, 'DESERIALFUNC = ' || fn.deserfunc,
         CASE WHEN a.agginitval IS NOT NULL THEN format('INITCOND = %L', a.agginitval) END,
         'MSFUNC = ' || fn.msfunc, 'MINVFUNC = ' || fn.minvfunc,
         CASE WHEN a.aggmtranstype <> 0 THEN 'MSTYPE = ' || format_type(a.aggmtranstype, NULL) END,
         CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,
         'MFINALFUNC = ' || fn.mffunc, CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
         CASE WHEN a.aggminitval IS NOT NULL THEN format('MINITCOND = %L', a.aggminitval) END,
         (SELECT format('SORTOP = OPERATOR(%I.%s)', opn.nspname, op.oprname) FROM pg_operator op JOIN pg_namespace opn ON opn.oid = op.oprnamespace WHERE op.oid = a.aggsortop),
         CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END,
         CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END))],
       NULL, NULL,
       format('DROP AGGREGATE %I.%I(%s)', n.nspname, p.proname, CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_get_function_identity_arguments(p.oid) END),
       format('AGGREGATE %I.%I(%s)', n.nspname, p.proname, CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_get_function_identity_arguments(p.oid) END),
       NULL,
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_proc'::regclass AND x.objoid = p.oid)
  FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace JOIN pg_aggregate a ON a.aggfnoid = p.oid
  CROSS JOIN LATERAL (
    SELECT max(CASE WHEN f.oid = a.aggtransfn THEN f.q END) AS sfunc, max(CASE WHEN f.oid = a.aggfinalfn THEN f.q END) AS ffunc,
           max(CASE WHEN f.oid = a.aggcombinefn THEN f.q END) AS cfunc, max(CASE WHEN f.oid = a.aggserialfn THEN f.q END) AS serfunc,
           max(CASE WHEN f.oid = a.aggdeserialfn THEN f.q END) AS deserfunc, max(CASE WHEN f.oid = a.aggmtransfn THEN f.q END) AS msfunc,
           max(CASE WHEN f.oid = a.aggminvtransfn THEN f.q END) AS minvfunc, max(CASE WHEN f.oid = a.aggmfinalfn THEN f.q END) AS mffunc
      FROM (SELECT pf.oid, format('%I.%I', pn.nspname, pf.proname) AS q FROM pg_proc pf JOIN pg_namespace pn ON pn.oid = pf.pronamespace
             WHERE pf.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn, a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn)) f
  ) fn
 WHERE p.prokind = 'a' AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
UNION ALL
-- Views and materialized views: options (security_barrier, security_invoker, check_option) as
-- stored; column comments are parts. A view keeps its columns' names and types (`shape`) when
-- CREATE OR REPLACE may change it.
SELECT 'pg_class:' || c.oid, CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END, n.nspname, c.relname, NULL,
       ARRAY[format('CREATE %s %I.%I', CASE c.relkind WHEN 'v' THEN 'OR REPLACE VIEW' ELSE 'MATERIALIZED VIEW' END, n.nspname, c.relname)
             || CASE WHEN c.relkind = 'm' AND am.amname IS NOT NULL AND am.amname <> 'heap' THEN format(' USING %I', am.amname) ELSE '' END
             || CASE WHEN c.reloptions IS NOT NULL THEN ' WITH (' || (SELECT string_agg(format('%s=%L', split_part(o, '=', 1), substr(o, strpos(o, '=') + 1)), ', ') FROM unnest(c.reloptions) o) || ')' ELSE '' END
             || E' AS\n' || rtrim(rtrim(pg_get_viewdef(c.oid), E'\n'), ';')
             || CASE WHEN c.relkind = 'm' THEN ' WITH DATA' ELSE '' END],
       ARRAY(SELECT format('COMMENT ON COLUMN %I.%I.%I IS %L', n.nspname, c.relname, a.attname, d.description)
               FROM pg_attribute a JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = a.attrelid AND d.objsubid = a.attnum
              WHERE a.attrelid = c.oid AND a.attnum > 0 ORDER BY a.attnum),
       ARRAY(SELECT format('COMMENT ON COLUMN %I.%I.%I IS NULL', n.nspname, c.relname, a.attname)
               FROM pg_attribute a JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = a.attrelid AND d.objsubid = a.attnum
              WHERE a.attrelid = c.oid AND a.attnum > 0 ORDER BY a.attnum),
       format('DROP %s %I.%I', CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED VIEW' END, n.nspname, c.relname),
       format('%s %I.%I', CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED VIEW' END, n.nspname, c.relname),
       CASE WHEN c.relkind = 'v' THEN (SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod))
                                                          || CASE WHEN a.attcollation <> 0 THEN ' ' || a.attcollation::regcollation::text ELSE '' END, E'\n' ORDER BY a.attnum)
                                         FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0) END,
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_class'::regclass AND x.objoid = c.oid)
  FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace LEFT JOIN pg_am am ON am.oid = c.relam
 WHERE c.relkind IN ('v', 'm') AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
UNION ALL
-- Indexes on materialized views (a table's indexes are part of the table).
SELECT 'pg_class:' || ic.oid, 'view index', n.nspname, ic.relname, c.relname,
       ARRAY[pg_get_indexdef(ic.oid)], NULL, NULL,
       format('DROP INDEX %I.%I', n.nspname, ic.relname), format('INDEX %I.%I', n.nspname, ic.relname), NULL,
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_class'::regclass AND x.objoid = ic.oid)
  FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid JOIN user_ns n ON n.oid = c.relnamespace
 WHERE c.relkind = 'm' AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
UNION ALL
-- Triggers (not the internal ones behind foreign keys, not the clones a partition gets from its
-- parent); DISABLE / ENABLE REPLICA / ENABLE ALWAYS is a part.
SELECT 'pg_trigger:' || t.oid, 'trigger', n.nspname, t.tgname, c.relname,
       ARRAY[pg_get_triggerdef(t.oid)],
       CASE t.tgenabled WHEN 'O' THEN NULL
            ELSE ARRAY[format('ALTER TABLE %I.%I %s TRIGGER %I', n.nspname, c.relname, CASE t.tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE ALWAYS' END, t.tgname)] END,
       CASE t.tgenabled WHEN 'O' THEN NULL ELSE ARRAY[format('ALTER TABLE %I.%I ENABLE TRIGGER %I', n.nspname, c.relname, t.tgname)] END,
       format('DROP TRIGGER %I ON %I.%I', t.tgname, n.nspname, c.relname), format('TRIGGER %I ON %I.%I', t.tgname, n.nspname, c.relname), NULL,
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_trigger'::regclass AND x.objoid = t.oid)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN user_ns n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
UNION ALL
-- Row-level security policies.
SELECT 'pg_policy:' || p.oid, 'policy', n.nspname, p.polname, c.relname,
       ARRAY[format('CREATE POLICY %I ON %I.%I AS %s FOR %s TO %s', p.polname, n.nspname, c.relname,
                    CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
                    CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
                    (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r)) END, ', ' ORDER BY r <> 0, pg_get_userbyid(r)) FROM unnest(p.polroles) r))
             || CASE WHEN p.polqual IS NOT NULL THEN ' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')' ELSE '' END
             || CASE WHEN p.polwithcheck IS NOT NULL THEN ' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')' ELSE '' END],
       NULL, NULL,
       format('DROP POLICY %I ON %I.%I', p.polname, n.nspname, c.relname), format('POLICY %I ON %I.%I', p.polname, n.nspname, c.relname), NULL,
       (SELECT x.description FROM descr x WHERE x.classoid = 'pg_policy'::regclass AND x.objoid = p.oid)
  FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN user_ns n ON n.oid = c.relnamespace
UNION ALL
-- Row-level security on a table: ENABLE and FORCE are its two parts.
SELECT 'rls:' || c.oid, 'row security', n.nspname, c.relname, c.relname,
       ARRAY[]::text[],
       ARRAY(SELECT s FROM (VALUES (1, c.relrowsecurity, format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', n.nspname, c.relname)),
                                   (2, c.relforcerowsecurity, format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', n.nspname, c.relname))) v(o, on_, s) WHERE on_ ORDER BY o),
       ARRAY(SELECT s FROM (VALUES (1, c.relrowsecurity, format('ALTER TABLE %I.%I DISABLE ROW LEVEL SECURITY', n.nspname, c.relname)),
                                   (2, c.relforcerowsecurity, format('ALTER TABLE %I.%I NO FORCE ROW LEVEL SECURITY', n.nspname, c.relname))) v(o, on_, s) WHERE on_ ORDER BY o),
       format('ALTER TABLE %I.%I DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY', n.nspname, c.relname), NULL, NULL, NULL
  FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND (c.relrowsecurity OR c.relforcerowsecurity)
   AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
UNION ALL
-- Privileges on tables, views, sequences, schemas and routines that differ from the defaults
-- (the owner's own; EXECUTE for PUBLIC on routines; on schema public, USAGE for PUBLIC, and
-- CREATE before PostgreSQL 15, as initdb grants them): each grant beyond them is a part, and so
-- is each default privilege revoked. The grantor is not compared.
SELECT 'acl:' || a.handle, 'privileges', a.schema, a.name, a.tbl, ARRAY[]::text[], pr.adds, pr.removes, '', NULL, NULL, NULL
  FROM (
    SELECT 'pg_class:' || c.oid AS handle, n.nspname AS schema, CASE c.relkind WHEN 'S' THEN 'sequence ' ELSE 'table ' END || c.relname AS name, c.relname AS tbl,
           format('%s %I.%I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, n.nspname, c.relname) AS target,
           c.relacl AS acl, acldefault(CASE c.relkind WHEN 'S' THEN 's'::"char" ELSE 'r'::"char" END, c.relowner) AS def
      FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relacl IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
    UNION ALL
    SELECT 'pg_namespace:' || n.oid, n.nspname, 'schema ' || n.nspname, NULL, format('SCHEMA %I', n.nspname), n.nspacl,
           acldefault('n', n.nspowner) || CASE WHEN n.nspname <> 'public' THEN ARRAY[]::aclitem[]
                                               WHEN current_setting('server_version_num')::int < 150000 THEN ARRAY[makeaclitem(0, n.nspowner, 'USAGE', false), makeaclitem(0, n.nspowner, 'CREATE', false)]
                                               ELSE ARRAY[makeaclitem(0, n.nspowner, 'USAGE', false)] END
      FROM pg_namespace n JOIN user_ns u ON u.oid = n.oid
     WHERE n.nspacl IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_namespace'::regclass AND m.objid = n.oid)
    UNION ALL
    SELECT 'pg_proc:' || p.oid, n.nspname, CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || p.proname || '(' || oidvectortypes(p.proargtypes) || ')', NULL,
           format('%s %I.%I(%s)', CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
           p.proacl, acldefault('f', p.proowner)
      FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace
     WHERE p.prokind IN ('f', 'p', 'w', 'a') AND p.proacl IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
  ) a
  CROSS JOIN LATERAL (SELECT array_agg(p.add ORDER BY p.o, p.add) AS adds, array_agg(p.remove ORDER BY p.o, p.add) AS removes FROM (
    SELECT 0 AS o,
           format('GRANT %s ON %s TO %s%s', g.privilege_type, a.target, CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END, CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END) AS add,
           format('REVOKE %s ON %s FROM %s', g.privilege_type, a.target, CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END) AS remove
      FROM (SELECT x.grantee, x.privilege_type, x.is_grantable FROM aclexplode(a.acl) x EXCEPT SELECT d.grantee, d.privilege_type, d.is_grantable FROM aclexplode(a.def) d) g
    UNION ALL
    SELECT 1,
           format('REVOKE %s ON %s FROM %s', r.privilege_type, a.target, CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.grantee)) END),
           format('GRANT %s ON %s TO %s%s', r.privilege_type, a.target, CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.grantee)) END, CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)
      FROM (SELECT d.grantee, d.privilege_type, d.is_grantable FROM aclexplode(a.def) d EXCEPT SELECT x.grantee, x.privilege_type, x.is_grantable FROM aclexplode(a.acl) x) r
  ) p) pr
 WHERE pr.adds IS NOT NULL
UNION ALL
-- Column privileges (pg_attribute.attacl; a column has no default ones), one object per column:
-- its handle ends with the column's name, which it depends on.
SELECT 'acl:column:' || c.oid || ':' || a.attname, 'privileges', n.nspname, 'column ' || c.relname || '.' || a.attname, c.relname, ARRAY[]::text[],
       pr.adds, pr.removes, '', NULL, NULL, NULL
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN user_ns n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL (
    SELECT array_agg(format('GRANT %s (%I) ON TABLE %I.%I TO %s%s', x.privilege_type, a.attname, n.nspname, c.relname, g.who, CASE WHEN x.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END) ORDER BY x.privilege_type, g.who) AS adds,
           array_agg(format('REVOKE %s (%I) ON TABLE %I.%I FROM %s', x.privilege_type, a.attname, n.nspname, c.relname, g.who) ORDER BY x.privilege_type, g.who) AS removes
      -- An ACL emptied by REVOKE is '{}', which aclexplode refuses.
      FROM aclexplode(CASE WHEN cardinality(a.attacl) > 0 THEN a.attacl END) x
      CROSS JOIN LATERAL (SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END AS who) g) pr
 WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm')
   AND NOT EXISTS (SELECT 1 FROM ext_member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
   AND pr.adds IS NOT NULL
UNION ALL
-- Default privileges (ALTER DEFAULT PRIVILEGES), one object per role, schema (or all schemas) and
-- kind of object. For all schemas they replace the built-in defaults (acldefault): each grant
-- beyond those is a part, and each one revoked; in one schema they add to those, every grant a part.
SELECT 'pg_default_acl:' || d.oid, 'default privileges', coalesce(n.nspname, ''),
       'for role ' || quote_ident(pg_get_userbyid(d.defaclrole)) || coalesce(' in schema ' || quote_ident(n.nspname), '') || ' on ' || lower(w.word),
       NULL, ARRAY[]::text[], pr.adds, pr.removes, '', NULL, NULL, NULL
  FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
  CROSS JOIN LATERAL (
    SELECT CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS' WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END AS word,
           format('ALTER DEFAULT PRIVILEGES FOR ROLE %I', pg_get_userbyid(d.defaclrole)) || CASE WHEN n.nspname IS NOT NULL THEN format(' IN SCHEMA %I', n.nspname) ELSE '' END AS head,
           -- NULL (no rows from aclexplode) in one schema; an empty array would be an error.
           CASE WHEN d.defaclnamespace = 0 THEN acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's'::"char" ELSE d.defaclobjtype END, d.defaclrole) END AS def
  ) w
  CROSS JOIN LATERAL (SELECT array_agg(p.add ORDER BY p.o, p.add) AS adds, array_agg(p.remove ORDER BY p.o, p.add) AS removes FROM (
    SELECT 0 AS o, format('%s GRANT %s ON %s TO %s%s', w.head, g.privilege_type, w.word, g.who, CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END) AS add,
           format('%s REVOKE %s ON %s FROM %s', w.head, g.privilege_type, w.word, g.who) AS remove
      FROM (SELECT x.privilege_type, x.is_grantable, CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END AS who
              FROM (SELECT * FROM aclexplode(CASE WHEN cardinality(d.defaclacl) > 0 THEN d.defaclacl END) EXCEPT SELECT * FROM aclexplode(w.def)) x) g
    UNION ALL
    SELECT 1, format('%s REVOKE %s ON %s FROM %s', w.head, r.privilege_type, w.word, r.who),
           format('%s GRANT %s ON %s TO %s%s', w.head, r.privilege_type, w.word, r.who, CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)
      FROM (SELECT x.privilege_type, x.is_grantable, CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END AS who
              FROM (SELECT * FROM aclexplode(w.def) EXCEPT SELECT * FROM aclexplode(CASE WHEN cardinality(d.defaclacl) > 0 THEN d.defaclacl END)) x) r
  ) p) pr
 WHERE pr.adds IS NOT NULL
ORDER BY 2, 3, 5, 4
