/** Row shapes of the catalog queries in queries/*.sql. */

export interface EnumRow {
  schema: string;
  name: string;
  labels: string[];
  comment: string | null;
}
export interface TableRow {
  oid: string;
  schema: string;
  name: string;
  comment: string | null;
  unlogged: boolean;
  options: string[] | null;
  toast_options: string[] | null;
  access_method: string | null;
  /** relreplident: d(efault), n(othing), f(ull), i(ndex). */
  replica_identity: string;
  replica_index: string | null;
  parent_schemas: string[] | null;
  parent_names: string[] | null;
  partition_by: string | null;
  partition_bound: string | null;
  partition_indexes: [string, string][] | null;
}
export interface SchemaRow {
  name: string;
  comment: string | null;
}
export interface ColumnRow {
  table_oid: string;
  num: number;
  name: string;
  type: string;
  not_null: boolean;
  default_expr: string | null;
  identity: string;
  generated: string;
  collation: string | null;
  collation_schema: string | null;
  comment: string | null;
  storage: string;
  type_storage: string;
  compression: string;
  is_local: boolean;
  not_null_name: string | null;
  table_name: string;
}
/** A sequence; `table_oid` and `num` name the column that owns it (`owner` 'a') or whose identity
 * sequence it is (`owner` 'i'), else they are null. */
export interface SequenceRow {
  oid: string;
  schema: string;
  name: string;
  type: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  table_oid: string | null;
  num: number | null;
  owner: 'a' | 'i' | null;
  comment: string | null;
}
export interface ConstraintRow {
  table_oid: string;
  name: string;
  type: 'p' | 'u' | 'f' | 'c' | 'x';
  keys: number[] | null;
  ref_schema: string | null;
  ref_table: string | null;
  ref_oid: string;
  ref_keys: number[] | null;
  /** Set only when the referenced table is a partition (its columns are not in the columns rows). */
  ref_columns: string[] | null;
  on_delete: string;
  on_update: string;
  is_local: boolean;
  deferrable: boolean;
  deferred: boolean;
  validated: boolean;
  definition: string | null;
  nulls_not_distinct: string | null;
  /** `f` MATCH FULL, `s` SIMPLE. */
  match_type: string;
  delete_columns: number[] | null;
  no_inherit: boolean;
  /** Primary keys and uniques: the index's attribute numbers (INCLUDE columns after the keys). */
  index_keys: number[] | null;
  index_key_count: number | null;
  storage: string[] | null;
  comment: string | null;
}
/** An index key's [operator class, its schema, its parameters, [collation, its schema]], NULL
 * at defaults (the collation's schema NULL for pg_catalog). */
export type KeyOptionsRow = [string | null, string | null, string[] | null, [string, string | null] | null];
export interface IndexRow {
  table_oid: string;
  name: string;
  method: string;
  is_unique: boolean;
  key_count: number;
  /** Attribute numbers, 0 for an expression; INCLUDE columns follow the key columns. */
  keys: number[];
  expressions: string | null;
  options: number[];
  predicate: string | null;
  nulls_not_distinct: string | null;
  storage: string[] | null;
  key_options: KeyOptionsRow[] | null;
  comment: string | null;
}
export interface UnmanagedRow {
  kind: string;
  schema: string;
  name: string;
  handle: string | null;
}

/** A row of objects.sql. */
export interface ObjectRow {
  handle: string;
  kind: string;
  schema: string;
  name: string;
  tbl: string | null;
  create: string[];
  parts: string[] | null;
  parts_remove: string[] | null;
  drop: string;
  comment_on: string | null;
  shape: string | null;
  comment: string | null;
}

/** A row of dependencies.sql: `handle` depends on the object named by the rest. */
export interface DependencyRow {
  handle: string;
  kind: string | null;
  schema: string | null;
  name: string | null;
  column: string | null;
}

/** Everything the catalog queries return, in one value. */
export interface CatalogRows {
  readonly schemas: readonly SchemaRow[];
  readonly enums: readonly EnumRow[];
  readonly tables: readonly TableRow[];
  readonly columns: readonly ColumnRow[];
  readonly sequences: readonly SequenceRow[];
  readonly constraints: readonly ConstraintRow[];
  readonly indexes: readonly IndexRow[];
  readonly unmanaged: readonly UnmanagedRow[];
  readonly objects: readonly ObjectRow[];
  readonly dependencies: readonly DependencyRow[];
}
