/** The schema model (docs/ARCHITECTURE.md §3): readonly plain data, no classes, no back-pointers. Types and
 * defaults are stored in PostgreSQL's canonical spelling so that a parsed DBML file and an
 * introspected database compare equal when they mean the same thing. */

/** A whole database schema: the managed part of one PostgreSQL database. */
export interface Schema {
  /** Non-system schemas (empty ones too; not extension-owned), sorted; always includes `public`. */
  readonly schemas: readonly string[];
  /** `COMMENT ON SCHEMA`, sorted by schema; absent when no schema has one (`public`'s stock
   * comment, 'standard public schema', counts as none). */
  readonly schemaComments?: readonly SchemaComment[];
  readonly enums: readonly Enum[];
  readonly tables: readonly Table[];
  /** Standalone sequences (not identity sequences, not serial columns' own), by schema and name. */
  readonly sequences?: readonly Sequence[];
  /** Schemas that hold objects gen does not manage (views, functions, ...): never dropped, since
   * DROP SCHEMA would fail or take those objects along. Only introspection sets it; sorted. */
  readonly schemasWithUnmanaged?: readonly string[];
  /** Everything beyond tables, enums and sequences that gen manages (extensions, views,
   * functions, triggers, policies, domains, ...): only databases hold them (a schema file's SQL
   * is built on the shadow database and read back). Sorted by kind, schema, table and name;
   * absent when there are none. */
  readonly objects?: readonly SchemaObject[];
}

/** A part of a `SchemaObject`: the statement that adds it and the one that removes it. */
export interface ObjectPart {
  readonly add: string;
  readonly remove: string;
}

/** The kinds of `SchemaObject`. */
export type ObjectKind =
  | 'extension'
  | 'collation'
  | 'domain'
  | 'composite type'
  | 'range type'
  | 'function'
  | 'procedure'
  | 'aggregate'
  | 'view'
  | 'materialized view'
  | 'view index'
  | 'trigger'
  | 'policy'
  | 'row security'
  | 'privileges'
  | 'default privileges';

/** What an object depends on, as `pg_depend` records it: a managed object (by kind and
 * identity), a table or one of its columns, an enum or a sequence. */
export type ObjectRef =
  | { readonly kind: ObjectKind; readonly schema: string; readonly name: string; readonly table?: string }
  | { readonly kind: 'table'; readonly schema: string; readonly name: string; readonly column?: string }
  | { readonly kind: 'enum' | 'sequence'; readonly schema: string; readonly name: string };

/** A managed object gen does not model field by field: its definition is the SQL the server
 * deparses it to (`pg_get_viewdef`, `pg_get_functiondef`, `pg_get_triggerdef`, ...), compared
 * exactly, so two objects are equal when PostgreSQL stores the same thing. */
export interface SchemaObject {
  readonly kind: ObjectKind;
  readonly schema: string;
  /** The identity within kind and schema: the name, `name(argument types)` for routines. */
  readonly name: string;
  /** The table (in `schema`) a trigger, policy, row security or view index belongs to (for
   * privileges, the table, view or sequence they are on). */
  readonly table?: string;
  /** The statements that create it, in the server's spelling, without a final semicolon. */
  readonly create: readonly string[];
  /** What can be added and removed without re-creating the object (a domain's default and
   * checks, a view's column comments, a trigger's DISABLE), in order. */
  readonly parts?: readonly ObjectPart[];
  /** What is compared instead of `create` where the server's spelling varies by version (a
   * view's query, see introspect/view-canonical.ts); absent where `create` is compared. */
  readonly compare?: string;
  /** The statement that drops it (with its parts). */
  readonly drop: string;
  /** What `COMMENT ON` names it by (`VIEW "s"."v"`, `FUNCTION "s"."f"(integer)`); absent for
   * kinds without comments of their own. */
  readonly commentOn?: string;
  /** For kinds that `CREATE OR REPLACE` can change in place: what must stay equal for it to
   * (a routine's arguments and result; a view's columns, which may only grow at the end). */
  readonly shape?: string;
  readonly comment?: string;
  /** What it depends on (not compared: it follows from the definition). */
  readonly dependsOn?: readonly ObjectRef[];
  /** The tables whose columns, defaults, checks or indexes use it (a domain, a function in a
   * default): it must exist before them and go after them. */
  readonly usedBy?: readonly TableName[];
}

/** The data types a sequence can have. */
export type SequenceType = 'smallint' | 'integer' | 'bigint';

/** Every option of a sequence, as the catalog holds them. */
export interface SequenceValues {
  readonly type: SequenceType;
  readonly start: string;
  readonly increment: string;
  readonly min: string;
  readonly max: string;
  readonly cache: string;
  readonly cycle: boolean;
}

/** `CREATE SEQUENCE schema.name AS type INCREMENT ... [OWNED BY table.column]`. Every option is
 * held as the catalog has it (numbers as strings: they may exceed a double). The current value
 * is data, not schema: never read or compared. */
export interface Sequence extends SequenceValues {
  readonly schema: string;
  readonly name: string;
  /** A column of a table in the sequence's own schema (as PostgreSQL requires). */
  readonly ownedBy?: { readonly table: string; readonly column: string };
  readonly comment?: string;
}

/** Sequence options that differ from PostgreSQL's defaults for the sequence's type and
 * increment sign (see src/model/sequence.ts); a default option is absent. */
export interface SequenceOptions {
  readonly start?: string;
  readonly increment?: string;
  readonly min?: string;
  readonly max?: string;
  readonly cache?: string;
  readonly cycle?: true;
}

/** An identity column's sequence options, and its name when it is not `<table>_<column>_seq`. */
export interface IdentityOptions extends SequenceOptions {
  readonly sequenceName?: string;
}

/** A schema's comment. */
export interface SchemaComment {
  readonly name: string;
  readonly comment: string;
}

/** `CREATE TYPE schema.name AS ENUM (values...)`. */
export interface Enum {
  readonly schema: string;
  readonly name: string;
  readonly values: readonly string[];
  readonly comment?: string;
}

/** A table with its columns and constraints. Every constraint and index has a name. */
export interface Table {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly Column[];
  readonly primaryKey?: PrimaryKey;
  readonly uniques: readonly Unique[];
  readonly indexes: readonly Index[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly checks: readonly Check[];
  /** EXCLUDE constraints, sorted by name; absent when there are none. */
  readonly exclusions?: readonly Exclusion[];
  readonly comment?: string;
  /** `CREATE UNLOGGED TABLE`. */
  readonly unlogged?: boolean;
  /** Storage parameters as `name=value` (`reloptions`, then the TOAST table's as
   * `toast.name=value`) in the order the server stores them; absent when none is set. */
  readonly storageParameters?: readonly string[];
  /** Table access method, absent for `heap`. */
  readonly accessMethod?: string;
  /** `REPLICA IDENTITY`, absent for DEFAULT. */
  readonly replicaIdentity?: ReplicaIdentity;
  /** `INHERITS (parents)`, in order. The child lists only its local columns and checks: what
   * it inherits (attislocal / conislocal false) belongs to the parent. */
  readonly inherits?: readonly TableName[];
  /** Columns the table only inherits whose own default, NOT NULL, storage, compression or
   * comment differ from what its parent gives them (`ALTER TABLE ONLY child ALTER COLUMN ...`),
   * with all five as the child has them; sorted by name, absent when there are none. */
  readonly inheritedColumns?: readonly InheritedColumn[];
  /** `PARTITION BY` as `pg_get_partkeydef` prints it (`RANGE (created_at)`); absent for a table
   * that is not partitioned. Changing it re-creates the table. */
  readonly partitionBy?: string;
  /** A partition's bound as `pg_get_expr(relpartbound)` prints it (`FOR VALUES FROM (...) TO
   * (...)`, `DEFAULT`). Its parent is `inherits[0]`; like an inheriting table it lists no column
   * of its own, and what it holds beyond its parent's columns is in `inheritedColumns`. */
  readonly partitionBound?: string;
  /** A partition's copies of its parent's indexes and keys (PostgreSQL names them itself, and
   * pg_dump prints the names): the copy's name and the parent index's, sorted by the latter. */
  readonly partitionIndexes?: readonly PartitionIndex[];
}

/** See `Table.partitionIndexes`. */
export interface PartitionIndex {
  readonly name: string;
  readonly of: string;
}

/** An inherited column's own attributes (see `Table.inheritedColumns`). */
export interface InheritedColumn {
  readonly name: string;
  readonly nullable: boolean;
  readonly default?: string;
  readonly storage?: ColumnStorage;
  readonly compression?: string;
  readonly comment?: string;
}

/** A table's schema-qualified name. */
export interface TableName {
  readonly schema: string;
  readonly name: string;
}

/** `REPLICA IDENTITY FULL | NOTHING | USING INDEX name` (DEFAULT is the absent field). */
export type ReplicaIdentity = 'full' | 'nothing' | { readonly index: string };

/** Column storage (`SET STORAGE`), as `pg_attribute.attstorage` spells it in words. */
export type ColumnStorage = 'plain' | 'external' | 'extended' | 'main';

/** Identity columns: `GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY`. */
export type Identity = 'always' | 'by default';

/** A column. `type` is what `format_type` prints (`integer`, `character varying(255)`,
 * `"MyEnum"`, `integer[]`), or `serial` / `bigserial` / `smallserial` for an integer column whose
 * default is `nextval` of a sequence it owns that is exactly what SERIAL creates (its name, type
 * and default options, no comment); any other owned sequence is a `Sequence` with `ownedBy`. */
export interface Column {
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
  /** The default as `pg_get_expr` prints it, e.g. `'active'::status`, `now()`, `0`. */
  readonly default?: string;
  readonly identity?: Identity;
  /** Only with `identity`, and only when some option is not the default. */
  readonly identityOptions?: IdentityOptions;
  /** Expression of a `GENERATED ALWAYS AS (...) STORED` column. */
  readonly generated?: string;
  /** The generated column is VIRTUAL (PostgreSQL 18), not STORED. */
  readonly virtual?: boolean;
  readonly collation?: string;
  /** The collation's schema, when not `pg_catalog`. */
  readonly collationSchema?: string;
  readonly comment?: string;
  /** `SET STORAGE`, absent when it is the type's own storage. */
  readonly storage?: ColumnStorage;
  /** `COMPRESSION` (`pglz`, `lz4`; PostgreSQL 14+), absent for the server default. */
  readonly compression?: string;
  /** The name of the NOT NULL constraint (PostgreSQL 18) when not `<table>_<column>_not_null`. */
  readonly notNullName?: string;
}

/** `CONSTRAINT name PRIMARY KEY (columns) [INCLUDE (...)] [WITH (...)] [DEFERRABLE [INITIALLY
 * DEFERRED]]`. The optional fields are absent at PostgreSQL's defaults. */
export interface PrimaryKey {
  readonly name: string;
  readonly columns: readonly string[];
  /** INCLUDE columns; absent when none. */
  readonly include?: readonly string[];
  /** The backing index's storage parameters (`pg_class.reloptions`): sorted `name=value`. */
  readonly storageParameters?: readonly string[];
  readonly deferrable?: boolean;
  readonly initiallyDeferred?: boolean;
  readonly comment?: string;
}

/** `CONSTRAINT name UNIQUE [NULLS NOT DISTINCT] (columns)`, with the same options as a primary key. */
export interface Unique {
  readonly name: string;
  readonly columns: readonly string[];
  readonly nullsNotDistinct?: boolean;
  readonly include?: readonly string[];
  readonly storageParameters?: readonly string[];
  readonly deferrable?: boolean;
  readonly initiallyDeferred?: boolean;
  readonly comment?: string;
}

/** `CONSTRAINT name EXCLUDE ...`: the definition as `pg_get_constraintdef` prints it (with any
 * DEFERRABLE / INITIALLY DEFERRED), compared exactly; it only comes from databases. */
export interface Exclusion {
  readonly name: string;
  readonly definition: string;
  readonly comment?: string;
}

/** A key's options beside its column or expression, each absent at its default. */
export interface IndexKeyOptions {
  readonly descending?: boolean;
  readonly nullsFirst?: boolean;
  /** Collation, when not the column's (or the expression's). */
  readonly collation?: string;
  /** The collation's schema, when not `pg_catalog`. */
  readonly collationSchema?: string;
  /** Operator class, when not the default for the key's type and the access method (or when it
   * has parameters). */
  readonly opclass?: string;
  /** The operator class's schema, when not `pg_catalog`. */
  readonly opclassSchema?: string;
  /** Operator class parameters (`siglen=100`), sorted `name=value`. */
  readonly opclassParameters?: readonly string[];
}

/** One key of an index: a column or an expression, with its sort options. */
export type IndexPart = ({ readonly kind: 'column'; readonly name: string } & IndexKeyOptions) | ({ readonly kind: 'expression'; readonly expression: string } & IndexKeyOptions);

/** `CREATE [UNIQUE] INDEX name ON table USING method (parts) [INCLUDE (...)] [WHERE ...]`. */
export interface Index {
  readonly name: string;
  readonly unique: boolean;
  /** Access method: `btree`, `hash`, `gin`, `gist`, `brin`, `spgist`, ... */
  readonly method: string;
  readonly parts: readonly IndexPart[];
  readonly include: readonly string[];
  readonly where?: string;
  readonly nullsNotDistinct?: boolean;
  /** Storage parameters (`pg_class.reloptions`): sorted `name=value`; absent when none. */
  readonly storageParameters?: readonly string[];
  readonly comment?: string;
}

/** Referential actions, as PostgreSQL spells them. */
export type FkAction = 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';

/** `CONSTRAINT name FOREIGN KEY (columns) REFERENCES refSchema.refTable (refColumns) ...`. */
export interface ForeignKey {
  readonly name: string;
  readonly columns: readonly string[];
  readonly refSchema: string;
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: FkAction;
  readonly onUpdate: FkAction;
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
  readonly notValid?: boolean;
  /** `MATCH FULL` (MATCH SIMPLE is the default; PostgreSQL has no MATCH PARTIAL). */
  readonly matchFull?: boolean;
  /** `ON DELETE SET NULL (columns)` / `SET DEFAULT (columns)` (PostgreSQL 15+): the subset set. */
  readonly onDeleteColumns?: readonly string[];
  readonly comment?: string;
}

/** `CONSTRAINT name CHECK (expression) [NO INHERIT]`. */
export interface Check {
  readonly name: string;
  readonly expression: string;
  readonly notValid?: boolean;
  readonly noInherit?: boolean;
  readonly comment?: string;
}

/** Throws on an impossible value: the exhaustive end of every `switch (x.kind)`. */
export function assertNever(x: never, phase = 'model'): never {
  throw new Error(`${phase}: unexpected value ${JSON.stringify(x)}`);
}

/** An object gen reads but does not manage (listed by pull and diff, never altered). */
export interface UnmanagedObject {
  readonly kind: string;
  readonly schema: string;
  readonly name: string;
  /** What it depends on (pg_depend), for the warning when a migration drops or changes that. */
  readonly dependsOn?: readonly ObjectRef[];
}
