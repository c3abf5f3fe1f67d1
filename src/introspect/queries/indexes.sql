-- Indexes that do not back a constraint. Keys come as attribute numbers (0 for an expression,
-- INCLUDE columns after the key columns) and are named from the columns query; the expression
-- keys come in one text, in key order (pg_get_expr of the list: several times cheaper than
-- pg_get_indexdef per key). The NULLS_NOT_DISTINCT placeholder: see constraints.sql. An index
-- attached to a partitioned table's index (relispartition) is PostgreSQL's copy of it on a
-- partition and belongs to the parent.
SELECT i.indrelid::int8 AS table_oid, ic.relname AS name, am.amname AS method, i.indisunique AS is_unique,
       i.indnkeyatts AS key_count, i.indkey::int2[] AS keys, i.indoption::int2[] AS options,
       CASE WHEN i.indexprs IS NOT NULL THEN pg_get_expr(i.indexprs, i.indrelid, true) END AS expressions,
       CASE WHEN i.indpred IS NOT NULL THEN pg_get_expr(i.indpred, i.indrelid, true) END AS predicate,
       /*NULLS_NOT_DISTINCT*/ AS nulls_not_distinct, ic.reloptions AS storage,
       -- Per key: [operator class, its schema, its parameters, [collation, its schema]], each NULL at its
       -- default. An operator class is the default when it is marked so and the key's type has
       -- no default of its own for the method (a varchar key uses text_ops); one with
       -- parameters is always kept. A column key's collation is compared with the column's; an
       -- expression's, which SQL cannot derive, with its type's and those of the columns the
       -- index uses (pg_depend). A default operator class for the key's own type is the only
       -- default there (one per method and type): the search for another is skipped. unnest
       -- rather than generate_series: the planner expects ten rows, not a thousand.
       (SELECT json_agg(json_build_array(
                 CASE WHEN a.attoptions IS NOT NULL OR NOT oc.opcdefault
                        OR oc.opcintype <> CASE WHEN u.key = 0 THEN a.atttypid ELSE coalesce(nullif(tt.typbasetype, 0), ta.atttypid) END AND EXISTS (
                        SELECT 1 FROM pg_opclass d
                         WHERE d.opcmethod = oc.opcmethod AND d.opcdefault AND d.oid <> oc.oid
                           AND d.opcintype = CASE WHEN u.key = 0 THEN a.atttypid ELSE coalesce(nullif(tt.typbasetype, 0), ta.atttypid) END)
                      THEN oc.opcname END,
                 CASE WHEN ocn.nspname <> 'pg_catalog' THEN ocn.nspname END,
                 a.attoptions,
                 CASE WHEN i.indcollation[k - 1] <> 0 AND CASE WHEN u.key = 0
                        THEN i.indcollation[k - 1] NOT IN (100, at.typcollation) AND NOT EXISTS (
                               SELECT 1 FROM pg_depend dep JOIN pg_attribute x ON x.attrelid = dep.refobjid AND x.attnum = dep.refobjsubid
                                WHERE dep.classid = 'pg_class'::regclass AND dep.objid = i.indexrelid AND dep.objsubid = 0
                                  AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = i.indrelid AND x.attcollation = i.indcollation[k - 1])
                        ELSE i.indcollation[k - 1] <> ta.attcollation END
                      THEN (SELECT json_build_array(co.collname, NULLIF(cn.nspname, 'pg_catalog'))
                              FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = i.indcollation[k - 1]) END) ORDER BY k)
          FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(key, k)
          JOIN pg_attribute a ON a.attrelid = i.indexrelid AND a.attnum = k AND k <= i.indnkeyatts
          JOIN pg_type at ON at.oid = a.atttypid
          JOIN pg_opclass oc ON oc.oid = i.indclass[k - 1]
          JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
          LEFT JOIN pg_attribute ta ON ta.attrelid = i.indrelid AND ta.attnum = u.key AND u.key <> 0
          LEFT JOIN pg_type tt ON tt.oid = ta.atttypid) AS key_options,
       (SELECT d.description FROM pg_description d WHERE d.objoid = i.indexrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0) AS comment
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_class c ON c.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_am am ON am.oid = ic.relam
 WHERE c.relkind IN ('r', 'p') AND NOT ic.relispartition
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
   -- pg_constraint has no index on conindid: one hashed set instead of a scan per index.
   AND i.indexrelid NOT IN (SELECT con.conindid FROM pg_constraint con WHERE con.contype IN ('p', 'u', 'x'))
 ORDER BY 1, 2
