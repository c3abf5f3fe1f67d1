-- What depends on what among user objects (oids from 16384 on: nothing initdb made), as
-- pg_depend records it, with each side named: the dependent by the handle objects.sql gives it
-- (a view's rewrite rule stands for the view; a default, constraint, column or index for its
-- table; a domain's check for the domain), the referenced object by kind and identity. A member
-- of an extension stands for the extension; an array type for its element type.
-- Joins rather than per-row subqueries: hash joins over the catalogs, and a cost estimate that
-- stays clear of JIT. `dep` is materialized so its CASE expressions are computed once per row.
-- Rows come unsorted and may repeat: the mapper sorts and dedupes them (a sort here spills to
-- disk on a large schema). A column is named by a hash join on (attrelid, attnum).
-- The oid bounds are compared as int8 so that stale catalog statistics (a database just built,
-- whose histograms end below 16384) do not make the planner expect one row and nest loops.
WITH dep AS MATERIALIZED (
  SELECT CASE d.classid
           WHEN 'pg_rewrite'::regclass THEN 'pg_class:' || rw.ev_class
           WHEN 'pg_attrdef'::regclass THEN 'pg_class:' || ad.adrelid
           WHEN 'pg_constraint'::regclass THEN CASE WHEN co.conrelid <> 0 THEN 'pg_class:' || co.conrelid ELSE 'pg_type:' || co.contypid END
           -- A table in a publication: the publication depends on it.
           WHEN 'pg_publication_rel'::regclass THEN 'pg_publication:' || pr.prpubid
           WHEN 'pg_class'::regclass THEN
             CASE oc.relkind WHEN 'c' THEN 'pg_type:' || oc.reltype
                             WHEN 'i' THEN 'pg_class:' || CASE WHEN itc.relkind = 'm' THEN oc.oid ELSE itc.oid END
                             ELSE 'pg_class:' || oc.oid END
           ELSE d.classid::regclass::text || ':' || d.objid
         END AS handle,
         d.refclassid,
         CASE WHEN rt0.typcategory = 'A' AND rt0.typelem <> 0 THEN rt0.typelem ELSE d.refobjid END AS refobjid,
         d.refobjsubid
    FROM pg_depend d
    LEFT JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
    LEFT JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
    LEFT JOIN pg_constraint co ON d.classid = 'pg_constraint'::regclass AND co.oid = d.objid
    LEFT JOIN pg_class oc ON d.classid = 'pg_class'::regclass AND oc.oid = d.objid
    LEFT JOIN pg_publication_rel pr ON d.classid = 'pg_publication_rel'::regclass AND pr.oid = d.objid
    LEFT JOIN pg_index oi ON oc.relkind = 'i' AND oi.indexrelid = oc.oid
    LEFT JOIN pg_class itc ON itc.oid = oi.indrelid
    LEFT JOIN pg_type rt0 ON d.refclassid = 'pg_type'::regclass AND rt0.oid = d.refobjid
   WHERE d.deptype IN ('n', 'a') AND d.objid::int8 >= 16384 AND d.refobjid::int8 >= 16384
     AND d.classid IN ('pg_rewrite'::regclass, 'pg_attrdef'::regclass, 'pg_constraint'::regclass, 'pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass, 'pg_event_trigger'::regclass, 'pg_publication_rel'::regclass)
     AND d.refclassid IN ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass, 'pg_collation'::regclass, 'pg_extension'::regclass)
     AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = d.classid AND e.objid = d.objid AND e.deptype = 'e')
)
SELECT dep.handle,
       CASE WHEN xe.oid IS NOT NULL THEN 'extension'
            WHEN rc.oid IS NOT NULL THEN CASE rc.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'c' THEN 'composite type' END
            WHEN rt.oid IS NOT NULL THEN CASE rt.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type'
                                          WHEN 'c' THEN CASE tr.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'c' THEN 'composite type' END END
            WHEN rp.oid IS NOT NULL THEN CASE rp.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END
            WHEN rl.oid IS NOT NULL THEN 'collation'
            WHEN re.oid IS NOT NULL THEN 'extension'
       END AS kind,
       COALESCE(xen.nspname, rcn.nspname, rtn.nspname, rpn.nspname, rln.nspname, ren.nspname) AS schema,
       COALESCE(xe.extname, rc.relname, rt.typname, rp.proname || '(' || oidvectortypes(rp.proargtypes) || ')', rl.collname, re.extname) AS name,
       CASE WHEN xe.oid IS NULL AND rc.relkind IN ('r', 'p') THEN ra.attname END AS "column"
  FROM dep
  LEFT JOIN pg_depend xd ON xd.classid = dep.refclassid AND xd.objid = dep.refobjid AND xd.deptype = 'e'
  LEFT JOIN pg_extension xe ON xe.oid = xd.refobjid LEFT JOIN pg_namespace xen ON xen.oid = xe.extnamespace
  LEFT JOIN pg_class rc ON dep.refclassid = 'pg_class'::regclass AND rc.oid = dep.refobjid LEFT JOIN pg_namespace rcn ON rcn.oid = rc.relnamespace
  LEFT JOIN pg_type rt ON dep.refclassid = 'pg_type'::regclass AND rt.oid = dep.refobjid LEFT JOIN pg_namespace rtn ON rtn.oid = rt.typnamespace
  LEFT JOIN pg_class tr ON tr.oid = rt.typrelid
  LEFT JOIN pg_proc rp ON dep.refclassid = 'pg_proc'::regclass AND rp.oid = dep.refobjid LEFT JOIN pg_namespace rpn ON rpn.oid = rp.pronamespace
  LEFT JOIN pg_collation rl ON dep.refclassid = 'pg_collation'::regclass AND rl.oid = dep.refobjid LEFT JOIN pg_namespace rln ON rln.oid = rl.collnamespace
  LEFT JOIN pg_extension re ON dep.refclassid = 'pg_extension'::regclass AND re.oid = dep.refobjid LEFT JOIN pg_namespace ren ON ren.oid = re.extnamespace
  LEFT JOIN pg_attribute ra ON dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0 AND ra.attrelid = dep.refobjid AND ra.attnum = dep.refobjsubid
 WHERE dep.handle IS NOT NULL
 
