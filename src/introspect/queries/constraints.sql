-- Primary keys, uniques, foreign keys, checks and exclusions (contype 'n', PostgreSQL 18's NOT NULL rows,
-- is read from pg_attribute instead). Key columns come as attribute numbers in key order and are
-- named from the columns query; only a foreign key to a partition (whose columns that query does
-- not read) names its referenced columns here. The NULLS_NOT_DISTINCT placeholder is
-- `i.indnullsnotdistinct::text` from PostgreSQL 15 on, NULL before (see index.ts); DELSETCOLS
-- (ON DELETE SET NULL (columns)) is `con.confdelsetcols` from 15 on. A key's INCLUDE columns
-- follow its key columns in index_keys; storage is its index's reloptions. A constraint with a
-- parent (conparentid) is a partitioned table's key or foreign key as PostgreSQL copies it onto a
-- partition, or onto the partitions a foreign key references: it belongs to its parent.
SELECT con.conrelid::int8 AS table_oid, con.conname AS name, con.contype AS type, con.conkey AS keys,
       rn.nspname AS ref_schema, rc.relname AS ref_table, con.confrelid::int8 AS ref_oid, con.confkey AS ref_keys,
       CASE WHEN rc.relispartition THEN
         ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord) END AS ref_columns,
       con.confdeltype AS on_delete, con.confupdtype AS on_update,
       con.conislocal AS is_local, con.condeferrable AS deferrable, con.condeferred AS deferred, con.convalidated AS validated,
       CASE WHEN con.contype IN ('c', 'x') THEN pg_get_constraintdef(con.oid, true) END AS definition,
       CASE WHEN con.contype = 'u' THEN /*NULLS_NOT_DISTINCT*/ END AS nulls_not_distinct,
       con.confmatchtype AS match_type, CASE WHEN con.contype = 'f' THEN /*DELSETCOLS*/ END AS delete_columns,
       con.connoinherit AS no_inherit, i.indkey::int2[] AS index_keys, i.indnkeyatts AS index_key_count, ic.reloptions AS storage,
       (SELECT d.description FROM pg_description d WHERE d.objoid = con.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0) AS comment
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class rc ON rc.oid = con.confrelid
  LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
  LEFT JOIN pg_index i ON i.indexrelid = con.conindid AND con.contype IN ('p', 'u')
  LEFT JOIN pg_class ic ON ic.oid = i.indexrelid
 WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND c.relkind IN ('r', 'p') AND con.conparentid = 0
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
 ORDER BY 1, 2
