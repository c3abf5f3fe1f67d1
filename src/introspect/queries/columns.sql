-- Columns of every user table. Defaults and comments are correlated subqueries on unique
-- indexes: the planner's estimates for catalogs are poor, and a join here has been planned as a
-- nested loop over all of pg_description. Rows are sorted by the client (cheaper than ORDER BY).
-- Owned sequences (serial detection) come from sequences.sql.
-- A default is deparsed without its table (relid 0) unless the column is generated: a default
-- cannot refer to columns, and naming the table makes pg_get_expr open it, which on a fresh
-- session builds a relation cache entry per table (a third of the query's time). Generated
-- columns' expressions do refer to columns and need it. The COMPRESSION placeholder is
-- `a.attcompression::text` from PostgreSQL 14 on, '' before; NOT_NULL_NAME names PostgreSQL 18's
-- NOT NULL constraint (NULL before). See index.ts.
SELECT a.attrelid::int8 AS table_oid, a.attnum AS num, a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       CASE WHEN a.atthasdef THEN
         (SELECT pg_get_expr(ad.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE ad.adrelid END) FROM pg_attrdef ad WHERE ad.adrelid = a.attrelid AND ad.adnum = a.attnum) END AS default_expr,
       a.attidentity AS identity, a.attgenerated AS generated,
       CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN
         (SELECT co.collname FROM pg_collation co WHERE co.oid = a.attcollation) END AS collation,
       CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN
         (SELECT NULLIF(cn.nspname, 'pg_catalog') FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
           WHERE co.oid = a.attcollation) END AS collation_schema,
       (SELECT d.description FROM pg_description d WHERE d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum) AS comment,
       a.attstorage AS storage, t.typstorage AS type_storage, /*COMPRESSION*/ AS compression, a.attislocal AS is_local,
       /*NOT_NULL_NAME*/ AS not_null_name, c.relname AS table_name
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
 WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
