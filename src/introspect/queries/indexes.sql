-- Indexes that do not back a constraint, with each key as a column name or an expression.
SELECT i.indrelid::int8 AS table_oid, ic.relname AS name, am.amname AS method, i.indisunique AS is_unique,
       i.indnkeyatts AS key_count,
       ARRAY(SELECT COALESCE(a.attname::text, '') FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, ord)
               LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num AND k.num <> 0 ORDER BY k.ord) AS column_names,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnatts) k ORDER BY k) AS key_defs,
       ARRAY(SELECT i.indoption[k - 1]::int FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS options,
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       to_jsonb(i) ->> 'indnullsnotdistinct' AS nulls_not_distinct,
       obj_description(i.indexrelid, 'pg_class') AS comment
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
