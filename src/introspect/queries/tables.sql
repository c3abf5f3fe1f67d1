-- Ordinary and partitioned tables and partitions in user schemas, not owned by extensions.
-- Comments are read with a subquery on pg_description: obj_description() is a SQL function that
-- the planner cannot inline, several times slower per row. Parents (INHERITS) come in
-- inhseqno order; the TOAST table's storage parameters are read beside the table's own.
SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name, 
       (SELECT d.description FROM pg_description d WHERE d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0) AS comment,
       c.relpersistence = 'u' AS unlogged, c.reloptions::text[] AS options,
       CASE WHEN c.reltoastrelid <> 0 THEN (SELECT tc.reloptions::text[] FROM pg_class tc WHERE tc.oid = c.reltoastrelid) END AS toast_options,
       am.amname AS access_method, c.relreplident AS replica_identity,
       CASE WHEN c.relreplident = 'i' THEN
         (SELECT ic.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = c.oid AND i.indisreplident) END AS replica_index,
       h.parent_schemas, h.parent_names,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_by,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       -- A partition's indexes attached to its parent's: [name, parent index name].
       CASE WHEN c.relispartition THEN
         (SELECT json_agg(json_build_array(ci.relname, pi.relname) ORDER BY pi.relname)
            FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid
            JOIN pg_inherits ih ON ih.inhrelid = i.indexrelid JOIN pg_class pi ON pi.oid = ih.inhparent
           WHERE i.indrelid = c.oid) END AS partition_indexes
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_am am ON am.oid = c.relam
  -- One grouped pass over pg_inherits rather than a subquery per table.
  LEFT JOIN (SELECT h.inhrelid, array_agg(pn.nspname::text ORDER BY h.inhseqno) AS parent_schemas,
                    array_agg(pc.relname::text ORDER BY h.inhseqno) AS parent_names
               FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
              GROUP BY 1) h ON h.inhrelid = c.oid
 WHERE c.relkind IN ('r', 'p')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY 2, 3
