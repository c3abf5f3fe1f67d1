/** The plan: ordered steps, each one operation with its hazards. Operations are structured data;
 * only `render` turns them into SQL text (and quotes identifiers and literals). */
import type { Check, Column, ColumnStorage, Enum, Exclusion, ForeignKey, Identity, IdentityOptions, Index, ObjectPart, PrimaryKey, ReplicaIdentity, SchemaObject, Sequence, Table, Unique } from '../model/types.js';
import type { SequenceSettings } from '../model/sequence.js';
import type { Change, TableRef } from '../diff/changes.js';

/** What can go wrong when a step runs on a live database. A closed set. */
export type Hazard =
  /** Rows or columns are removed; only a backup brings them back. */
  | 'DELETES_DATA'
  /** PostgreSQL rewrites every row of the table (and its indexes) under an exclusive lock. */
  | 'TABLE_REWRITE'
  /** Blocks reads and writes on the table while it runs. */
  | 'ACCESS_EXCLUSIVE_LOCK'
  /** `CREATE INDEX` without `CONCURRENTLY`: blocks writes for the whole build. */
  | 'BLOCKING_INDEX_BUILD'
  /** Builds or validates over the whole table without blocking writes; takes time and I/O. */
  | 'LONG_RUNNING'
  /** Fails (and rolls back) when existing rows do not fit the new definition. */
  | 'MAY_FAIL_ON_EXISTING_DATA'
  /** Running application code that uses the old name or shape stops working. */
  | 'BREAKS_CLIENTS'
  /** Queries that used the dropped index may become slow. */
  | 'INDEX_DROPPED';

/** Every hazard, in the order the header lists them. */
export const HAZARDS: readonly Hazard[] = ['DELETES_DATA', 'TABLE_REWRITE', 'ACCESS_EXCLUSIVE_LOCK', 'BLOCKING_INDEX_BUILD', 'LONG_RUNNING', 'MAY_FAIL_ON_EXISTING_DATA', 'BREAKS_CLIENTS', 'INDEX_DROPPED'];

/** A constraint as `ALTER TABLE ... ADD CONSTRAINT` takes it. */
export type Constraint =
  | { readonly type: 'primaryKey'; readonly primaryKey: PrimaryKey }
  | { readonly type: 'unique'; readonly unique: Unique }
  | { readonly type: 'foreignKey'; readonly foreignKey: ForeignKey }
  | { readonly type: 'check'; readonly check: Check }
  | { readonly type: 'exclusion'; readonly exclusion: Exclusion };

/** What a comment is on. */
export type CommentTarget =
  | { readonly kind: 'schema'; readonly name: string }
  | { readonly kind: 'table'; readonly table: TableRef }
  | { readonly kind: 'column'; readonly table: TableRef; readonly column: string }
  | { readonly kind: 'index'; readonly schema: string; readonly name: string }
  | { readonly kind: 'constraint'; readonly table: TableRef; readonly name: string }
  | { readonly kind: 'type'; readonly schema: string; readonly name: string }
  | { readonly kind: 'sequence'; readonly schema: string; readonly name: string }
  | { readonly kind: 'object'; readonly object: SchemaObject };

/** How `USING` converts a column whose type changes: not at all (assignment cast), `col::type`,
 * through text (`col::text::type`), or element-wise through text for arrays (`col::text[]::type`). */
export type Conversion = 'none' | 'cast' | 'via-text' | 'via-text-array';

/** One operation; `render` prints each as one or more SQL statements. */
export type Op =
  | { readonly op: 'setTimeouts'; readonly lockTimeout: string; readonly statementTimeout: string }
  | { readonly op: 'createSchema'; readonly name: string }
  | { readonly op: 'dropSchema'; readonly name: string }
  | { readonly op: 'createEnum'; readonly enum: Enum }
  | { readonly op: 'dropEnum'; readonly schema: string; readonly name: string }
  | { readonly op: 'renameEnum'; readonly schema: string; readonly name: string; readonly to: string }
  | { readonly op: 'addEnumValue'; readonly schema: string; readonly name: string; readonly value: string; readonly before?: string; readonly after?: string }
  | { readonly op: 'renameEnumValue'; readonly schema: string; readonly name: string; readonly from: string; readonly to: string }
  /** Fails with a clear message when any row still holds one of `values`. */
  | { readonly op: 'assertEnumValuesUnused'; readonly schema: string; readonly name: string; readonly values: readonly string[]; readonly columns: readonly { readonly table: TableRef; readonly column: string; readonly array: boolean }[] }
  /** `foreignKeys` are written inline (their targets exist by the time the table is created). */
  | { readonly op: 'createTable'; readonly table: Table; readonly foreignKeys: readonly ForeignKey[] }
  | { readonly op: 'dropTable'; readonly table: TableRef }
  | { readonly op: 'renameTable'; readonly table: TableRef; readonly to: string }
  | { readonly op: 'addColumn'; readonly table: TableRef; readonly column: Column }
  | { readonly op: 'dropColumn'; readonly table: TableRef; readonly column: string }
  | { readonly op: 'renameColumn'; readonly table: TableRef; readonly from: string; readonly to: string }
  | { readonly op: 'alterColumnType'; readonly table: TableRef; readonly column: string; readonly type: string; readonly collation?: string; readonly collationSchema?: string; readonly conversion: Conversion }
  | { readonly op: 'setDefault'; readonly table: TableRef; readonly column: string; readonly expression: string }
  | { readonly op: 'dropDefault'; readonly table: TableRef; readonly column: string }
  | { readonly op: 'setNotNull'; readonly table: TableRef; readonly column: string }
  | { readonly op: 'dropNotNull'; readonly table: TableRef; readonly column: string }
  /** `restart` moves the new sequence past the values already in the column; with `options`,
   * only when they reach its start (`start`, `descending`: where the sequence begins and which
   * way it runs). */
  | { readonly op: 'addIdentity'; readonly table: TableRef; readonly column: string; readonly identity: Identity; readonly restart: boolean; readonly options?: IdentityOptions; readonly start?: string; readonly descending?: boolean }
  /** `ALTER COLUMN ... SET INCREMENT BY ... SET START WITH ...` on an identity column whose
   * sequence is `sequence` (in the table's schema). `restartOutside`: see alterSequence. */
  | { readonly op: 'setIdentityOptions'; readonly table: TableRef; readonly column: string; readonly sequence: string; readonly settings: SequenceSettings; readonly restartOutside?: { readonly min: string; readonly max: string } }
  | { readonly op: 'setIdentity'; readonly table: TableRef; readonly column: string; readonly identity: Identity }
  | { readonly op: 'dropIdentity'; readonly table: TableRef; readonly column: string }
  | { readonly op: 'dropExpression'; readonly table: TableRef; readonly column: string }
  /** Turns an integer column into a serial one: an owned sequence past the current values. */
  | { readonly op: 'addSerial'; readonly table: TableRef; readonly column: string; readonly type: string }
  /** Turns a serial column into a plain integer one: its default and owned sequence go. */
  | { readonly op: 'dropSerial'; readonly table: TableRef; readonly column: string }
  | { readonly op: 'addConstraint'; readonly table: TableRef; readonly constraint: Constraint; readonly notValid: boolean; readonly usingIndex?: string }
  /** `CHECK (column IS NOT NULL) NOT VALID`: the online road to SET NOT NULL. */
  | { readonly op: 'addNotNullCheck'; readonly table: TableRef; readonly column: string; readonly name: string }
  | { readonly op: 'validateConstraint'; readonly table: TableRef; readonly name: string }
  | { readonly op: 'dropConstraint'; readonly table: TableRef; readonly name: string }
  | { readonly op: 'renameConstraint'; readonly table: TableRef; readonly from: string; readonly to: string }
  | { readonly op: 'createIndex'; readonly table: TableRef; readonly index: Index; readonly concurrently: boolean }
  | { readonly op: 'dropIndex'; readonly schema: string; readonly name: string; readonly concurrently: boolean }
  | { readonly op: 'renameIndex'; readonly schema: string; readonly from: string; readonly to: string }
  | { readonly op: 'comment'; readonly target: CommentTarget; readonly text?: string }
  /** CREATE SEQUENCE with the options that are not defaults; OWNED BY is its own step. */
  | { readonly op: 'createSequence'; readonly sequence: Sequence }
  /** ALTER SEQUENCE. With `restartOutside`, PostgreSQL refuses the change while the current
   * value lies outside the new range: then (only then) the sequence restarts at its new start. */
  | { readonly op: 'alterSequence'; readonly schema: string; readonly name: string; readonly settings: SequenceSettings; readonly restartOutside?: { readonly min: string; readonly max: string } }
  | { readonly op: 'setSequenceOwner'; readonly schema: string; readonly name: string; readonly ownedBy?: { readonly table: string; readonly column: string } }
  | { readonly op: 'renameSequence'; readonly schema: string; readonly from: string; readonly to: string }
  | { readonly op: 'dropSequence'; readonly schema: string; readonly name: string }
  /** Renames a NOT NULL constraint where it exists (PostgreSQL 18 names them; before, nothing). */
  | { readonly op: 'renameNotNull'; readonly table: TableRef; readonly from: string; readonly to: string }
  /** A change PostgreSQL cannot make: the script stops here with `message`. */
  | { readonly op: 'refuse'; readonly message: string }
  | { readonly op: 'setLogged'; readonly table: TableRef; readonly logged: boolean }
  /** `SET (name=value, ...)` and `RESET (name, ...)`; names may be `toast.`-prefixed. */
  | { readonly op: 'setStorageParameters'; readonly table: TableRef; readonly set: readonly string[]; readonly reset: readonly string[] }
  /** Refused before PostgreSQL 15 (which has no SET ACCESS METHOD) with a clear message. */
  | { readonly op: 'setAccessMethod'; readonly table: TableRef; readonly method: string }
  | { readonly op: 'setReplicaIdentity'; readonly table: TableRef; readonly identity: ReplicaIdentity | 'default' }
  | { readonly op: 'inherit'; readonly table: TableRef; readonly parent: TableRef }
  | { readonly op: 'noInherit'; readonly table: TableRef; readonly parent: TableRef }
  | { readonly op: 'attachPartition'; readonly table: TableRef; readonly parent: TableRef; readonly bound: string }
  | { readonly op: 'detachPartition'; readonly table: TableRef; readonly parent: TableRef }
  /** `default` is the type's own storage (looked up on the server: SET STORAGE DEFAULT is 16+). */
  | { readonly op: 'setColumnStorage'; readonly table: TableRef; readonly column: string; readonly storage: ColumnStorage | 'default' }
  | { readonly op: 'setColumnCompression'; readonly table: TableRef; readonly column: string; readonly compression: string }
  /** `ALTER INDEX ... SET (name=value, ...)` then `RESET (name, ...)`; either list may be empty. */
  | { readonly op: 'alterIndexStorage'; readonly schema: string; readonly name: string; readonly set: readonly string[]; readonly reset: readonly string[] }
  /** `ALTER TABLE ... ALTER CONSTRAINT name [NOT] DEFERRABLE [INITIALLY DEFERRED | IMMEDIATE]`. */
  | { readonly op: 'alterConstraintDeferrable'; readonly table: TableRef; readonly name: string; readonly deferrable: boolean; readonly initiallyDeferred: boolean }
  /** The object's own statements (server-deparsed), then its parts; routines are created with
   * check_function_bodies off, as pg_dump does: a body may use what is created after it. */
  | { readonly op: 'createObject'; readonly object: SchemaObject }
  /** `CREATE OR REPLACE` in place (the object's own statements, without its parts). */
  | { readonly op: 'replaceObject'; readonly object: SchemaObject }
  | { readonly op: 'dropObject'; readonly object: SchemaObject }
  /** Removes then adds parts (a domain's checks and default, a trigger's DISABLE, ...). */
  | { readonly op: 'alterObjectParts'; readonly object: SchemaObject; readonly remove: readonly ObjectPart[]; readonly add: readonly ObjectPart[] };

/** One step of a plan. */
export interface Step {
  readonly op: Op;
  readonly hazards: readonly Hazard[];
  /** False when PostgreSQL refuses to run it inside a transaction block (`CONCURRENTLY`). */
  readonly transactional: boolean;
  /** Runs in a transaction of its own: a `VALIDATE` must not share one with its `NOT VALID` add,
   * and an enum value added in a transaction cannot be used until it commits. */
  readonly isolate: boolean;
  /** A statement_timeout for this step only (index builds, validations, rewrites), and the one
   * to go back to after it. */
  readonly statementTimeout?: { readonly during: string; readonly after: string };
  /** What the step does, in words, for the hazard comments and the summary. */
  readonly why: string;
  /** Down plans only: the step cannot restore what the up migration removed. */
  readonly irreversible?: string;
  /** Lint rules whose concern the planner knows does not apply here, and why (rendered as a
   * `-- gen:lint-ignore` comment, e.g. dropping a generated column that is re-created). */
  readonly lintIgnore?: { readonly codes: readonly string[]; readonly reason: string };
  /** The changes the step comes from, as indices into `Plan.changes` (absent for the steps a
   * plan adds itself, such as the timeouts). */
  readonly changes?: readonly number[];
}

/** The plan for one migration. */
export interface Plan {
  readonly changes: readonly Change[];
  readonly steps: readonly Step[];
  readonly online: boolean;
}

/** Planner options. */
export interface PlanOptions {
  /** Online-safe forms on tables that already exist (default true). */
  readonly online?: boolean;
  readonly lockTimeout?: string;
  readonly statementTimeout?: string;
  /** The statement timeout for index builds, validations and rewrites. */
  readonly longStatementTimeout?: string;
}
