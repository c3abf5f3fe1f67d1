-- What depends on what among user objects (oids from 16384 on: nothing initdb made), as
-- pg_depend records it, with each side named: the dependent by the handle objects.sql gives it
-- (a view's rewrite rule stands for the view; a default, constraint, column or index for its
-- table; a domain's check for the domain), the referenced object by kind and identity. A member
-- of an extension stands for the extension; an array type for its element type.
WITH dep AS (
  SELECT CASE
           WHEN d.classid = 'pg_rewrite'::regclass THEN (SELECT 'pg_class:' || r.ev_class FROM pg_rewrite r WHERE r.oid = d.objid)
           WHEN d.classid = 'pg_attrdef'::regclass THEN (SELECT 'pg_class:' || a.adrelid FROM pg_attrdef a WHERE a.oid = d.objid)
           WHEN d.classid = 'pg_constraint'::regclass THEN (SELECT CASE WHEN c.conrelid <> 0 THEN 'pg_class:' || c.conrelid ELSE 'pg_type:' || c.contypid END FROM pg_constraint c WHERE c.oid = d.objid)
           WHEN d.classid = 'pg_class'::regclass THEN
             (SELECT CASE c.relkind WHEN 'c' THEN 'pg_type:' || c.reltype
                                    WHEN 'i' THEN (SELECT 'pg_class:' || CASE WHEN tc.relkind = 'm' THEN c.oid ELSE tc.oid END FROM pg_index i JOIN pg_class tc ON tc.oid = i.indrelid WHERE i.indexrelid = c.oid)
                                    ELSE 'pg_class:' || c.oid END
                FROM pg_class c WHERE c.oid = d.objid)
           ELSE d.classid::regclass::text || ':' || d.objid
         END AS handle,
         d.refclassid,
         CASE WHEN d.refclassid = 'pg_type'::regclass THEN (SELECT CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END FROM pg_type t WHERE t.oid = d.refobjid) ELSE d.refobjid END AS refobjid,
         d.refobjsubid
    FROM pg_depend d
   WHERE d.deptype IN ('n', 'a') AND d.objid >= 16384 AND d.refobjid >= 16384
     AND d.classid IN ('pg_rewrite'::regclass, 'pg_attrdef'::regclass, 'pg_constraint'::regclass, 'pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass)
     AND d.refclassid IN ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass, 'pg_collation'::regclass, 'pg_extension'::regclass)
     AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = d.classid AND e.objid = d.objid AND e.deptype = 'e')
)
SELECT DISTINCT dep.handle,
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
       CASE WHEN xe.oid IS NULL AND rc.relkind IN ('r', 'p') AND dep.refobjsubid > 0
            THEN (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = rc.oid AND a.attnum = dep.refobjsubid) END AS "column"
  FROM dep
  LEFT JOIN pg_depend xd ON xd.classid = dep.refclassid AND xd.objid = dep.refobjid AND xd.deptype = 'e'
  LEFT JOIN pg_extension xe ON xe.oid = xd.refobjid LEFT JOIN pg_namespace xen ON xen.oid = xe.extnamespace
  LEFT JOIN pg_class rc ON dep.refclassid = 'pg_class'::regclass AND rc.oid = dep.refobjid LEFT JOIN pg_namespace rcn ON rcn.oid = rc.relnamespace
  LEFT JOIN pg_type rt ON dep.refclassid = 'pg_type'::regclass AND rt.oid = dep.refobjid LEFT JOIN pg_namespace rtn ON rtn.oid = rt.typnamespace
  LEFT JOIN pg_class tr ON tr.oid = rt.typrelid
  LEFT JOIN pg_proc rp ON dep.refclassid = 'pg_proc'::regclass AND rp.oid = dep.refobjid LEFT JOIN pg_namespace rpn ON rpn.oid = rp.pronamespace
  LEFT JOIN pg_collation rl ON dep.refclassid = 'pg_collation'::regclass AND rl.oid = dep.refobjid LEFT JOIN pg_namespace rln ON rln.oid = rl.collnamespace
  LEFT JOIN pg_extension re ON dep.refclassid = 'pg_extension'::regclass AND re.oid = dep.refobjid LEFT JOIN pg_namespace ren ON ren.oid = re.extnamespace
 WHERE dep.handle IS NOT NULL
 ORDER BY 1, 2, 3, 4, 5
