-- Indexes that do not back a constraint. Keys come as attribute numbers (0 for an expression,
-- INCLUDE columns after the key columns) and are named from the columns query; only expression
-- keys are printed here. The NULLS_NOT_DISTINCT placeholder: see constraints.sql.
SELECT i.indrelid::int8 AS table_oid, ic.relname AS name, am.amname AS method, i.indisunique AS is_unique,
       i.indnkeyatts AS key_count, i.indkey::int2[] AS keys, i.indoption::int2[] AS options,
       CASE WHEN i.indexprs IS NOT NULL THEN
         ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true) END
                 FROM generate_series(1, i.indnatts) k ORDER BY k) END AS key_defs,
       CASE WHEN i.indpred IS NOT NULL THEN pg_get_expr(i.indpred, i.indrelid, true) END AS predicate,
       /*NULLS_NOT_DISTINCT*/ AS nulls_not_distinct,
       (SELECT d.description FROM pg_description d WHERE d.objoid = i.indexrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0) AS comment
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_class c ON c.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_am am ON am.oid = ic.relam
 WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
   -- pg_constraint has no index on conindid: one hashed set instead of a scan per index.
   AND i.indexrelid NOT IN (SELECT con.conindid FROM pg_constraint con WHERE con.contype IN ('p', 'u', 'x'))
 ORDER BY 1, 2
