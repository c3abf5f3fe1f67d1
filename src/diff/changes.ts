/** The closed set of schema changes (docs/ARCHITECTURE.md §4): what `diff` finds and `plan` orders. Each change
 * carries whole model objects so that the planner never has to look anything up again. */
import type { Check, Column, Enum, Exclusion, ForeignKey, Index, InheritedColumn, PrimaryKey, SchemaObject, Sequence, Table, Unique } from '../model/types.js';
import type { InheritedField } from '../model/inheritance.js';

/** A table's identity: schema and name. */
export interface TableRef {
  readonly schema: string;
  readonly name: string;
}

/** The column fields an `AlterColumn` can change. */
export type ColumnField = 'type' | 'nullable' | 'default' | 'identity' | 'identityOptions' | 'generated' | 'collation' | 'comment' | 'storage' | 'compression' | 'notNullName';

/** Every column field, in the order the planner applies them. (`virtual` is part of `generated`.) */
export const COLUMN_FIELDS: readonly ColumnField[] = ['type', 'collation', 'generated', 'default', 'nullable', 'identity', 'identityOptions', 'comment', 'storage', 'compression', 'notNullName'];

/** The sequence fields an `AlterSequence` can change (the comment is its own change). */
export type SequenceField = 'type' | 'start' | 'increment' | 'min' | 'max' | 'cache' | 'cycle' | 'ownedBy';

/** The table-level fields an `AlterTable` can change. */
export type TableField = 'unlogged' | 'storageParameters' | 'accessMethod' | 'replicaIdentity' | 'inherits' | 'partitionBound' | 'partitionIndexes';

/** Every table field. */
export const TABLE_FIELDS: readonly TableField[] = ['unlogged', 'storageParameters', 'accessMethod', 'replicaIdentity', 'inherits', 'partitionBound', 'partitionIndexes'];

/** One schema change. `table` always names the table as it is in the target (after renames). */
export type Change =
  | { readonly kind: 'AddSchema'; readonly name: string }
  | { readonly kind: 'DropSchema'; readonly name: string }
  | { readonly kind: 'AlterSchemaComment'; readonly name: string; readonly from?: string; readonly to?: string }
  | { readonly kind: 'AddEnum'; readonly enum: Enum }
  | { readonly kind: 'DropEnum'; readonly enum: Enum }
  | { readonly kind: 'AddEnumValue'; readonly enum: Enum; readonly value: string; readonly before?: string; readonly after?: string }
  | { readonly kind: 'RenameEnumValue'; readonly enum: Enum; readonly from: string; readonly to: string }
  /** Values removed (or reordered): PostgreSQL cannot drop an enum value, so the type is rebuilt. */
  | { readonly kind: 'RecreateEnum'; readonly from: Enum; readonly to: Enum; readonly removed: readonly string[]; readonly users: readonly EnumUser[] }
  | { readonly kind: 'AlterEnumComment'; readonly enum: Enum; readonly from?: string; readonly to?: string }
  | { readonly kind: 'AddTable'; readonly table: Table }
  /** `recreated`: the table is created again (AddTable) because PostgreSQL cannot make the
   * change in place; it says why. */
  | { readonly kind: 'DropTable'; readonly table: Table; readonly recreated?: string }
  | { readonly kind: 'RenameTable'; readonly schema: string; readonly from: string; readonly to: string }
  | { readonly kind: 'AlterTableComment'; readonly table: TableRef; readonly from?: string; readonly to?: string }
  /** Persistence, storage parameters, access method, replica identity or parents. `merged`: own
   * columns a new parent also has, which the target leaves to the parent; PostgreSQL cannot make
   * a column inherited-only, so the plan refuses instead of dropping them. */
  | { readonly kind: 'AlterTable'; readonly table: TableRef; readonly from: Table; readonly to: Table; readonly changed: readonly TableField[]; readonly merged?: readonly string[] }
  | { readonly kind: 'AddColumn'; readonly table: TableRef; readonly column: Column }
  | { readonly kind: 'DropColumn'; readonly table: TableRef; readonly column: Column }
  | { readonly kind: 'RenameColumn'; readonly table: TableRef; readonly from: string; readonly to: string }
  | { readonly kind: 'AlterColumn'; readonly table: TableRef; readonly from: Column; readonly to: Column; readonly changed: readonly ColumnField[] }
  /** A column the table only inherits: `from` is what it holds once the parents' steps ran. */
  | { readonly kind: 'AlterInheritedColumn'; readonly table: TableRef; readonly from: InheritedColumn; readonly to: InheritedColumn; readonly changed: readonly InheritedField[] }
  | { readonly kind: 'AddPrimaryKey'; readonly table: TableRef; readonly primaryKey: PrimaryKey }
  | { readonly kind: 'DropPrimaryKey'; readonly table: TableRef; readonly primaryKey: PrimaryKey }
  | { readonly kind: 'AddUnique'; readonly table: TableRef; readonly unique: Unique }
  | { readonly kind: 'DropUnique'; readonly table: TableRef; readonly unique: Unique }
  | { readonly kind: 'AddIndex'; readonly table: TableRef; readonly index: Index }
  | { readonly kind: 'DropIndex'; readonly table: TableRef; readonly index: Index }
  /** Same name, new definition: built under a temporary name, then swapped in. */
  | { readonly kind: 'ReplaceIndex'; readonly table: TableRef; readonly from: Index; readonly to: Index }
  | { readonly kind: 'AlterIndexComment'; readonly table: TableRef; readonly index: Index; readonly from?: string; readonly to?: string }
  /** Storage parameters of an index, or of the index behind a primary key or unique constraint
   * (same name): `ALTER INDEX ... SET / RESET`, no rebuild. */
  | { readonly kind: 'AlterIndexStorage'; readonly table: TableRef; readonly name: string; readonly from?: readonly string[]; readonly to?: readonly string[] }
  | { readonly kind: 'AddExclusion'; readonly table: TableRef; readonly exclusion: Exclusion }
  | { readonly kind: 'DropExclusion'; readonly table: TableRef; readonly exclusion: Exclusion }
  /** A foreign key whose only difference is DEFERRABLE / INITIALLY DEFERRED: `ALTER CONSTRAINT`. */
  | { readonly kind: 'AlterForeignKeyDeferrable'; readonly table: TableRef; readonly foreignKey: ForeignKey }
  /** `COMMENT ON CONSTRAINT` of a primary key, unique, foreign key, check or exclusion. */
  | { readonly kind: 'AlterConstraintComment'; readonly table: TableRef; readonly name: string; readonly from?: string; readonly to?: string }
  | { readonly kind: 'AddForeignKey'; readonly table: TableRef; readonly foreignKey: ForeignKey }
  | { readonly kind: 'DropForeignKey'; readonly table: TableRef; readonly foreignKey: ForeignKey }
  | { readonly kind: 'ValidateConstraint'; readonly table: TableRef; readonly name: string }
  | { readonly kind: 'AddCheck'; readonly table: TableRef; readonly check: Check }
  /** `leftByParent`: a check a dropped parent leaves on the table (NO INHERIT makes it the table's
   * own), so it can only go after NO INHERIT. */
  | { readonly kind: 'DropCheck'; readonly table: TableRef; readonly check: Check; readonly leftByParent?: true }
  /** Constraints and indexes whose definition is unchanged but whose name differs (for example
   * after a table rename: PostgreSQL keeps `old_pkey`). Metadata only. */
  | { readonly kind: 'RenameConstraint'; readonly table: TableRef; readonly from: string; readonly to: string; readonly leftByParent?: true }
  | { readonly kind: 'RenameIndex'; readonly table: TableRef; readonly from: string; readonly to: string }
  | { readonly kind: 'AddSequence'; readonly sequence: Sequence }
  | { readonly kind: 'DropSequence'; readonly sequence: Sequence }
  | { readonly kind: 'AlterSequence'; readonly from: Sequence; readonly to: Sequence; readonly changed: readonly SequenceField[] }
  | { readonly kind: 'AlterSequenceComment'; readonly sequence: Sequence; readonly from?: string; readonly to?: string }
  /** A serial or identity column's sequence whose name follows its table and column: after a
   * declared table or column rename it is renamed too. Not a user-declared rename. */
  | { readonly kind: 'RenameSequence'; readonly schema: string; readonly from: string; readonly to: string }
  | { readonly kind: 'AddObject'; readonly object: SchemaObject }
  | { readonly kind: 'DropObject'; readonly object: SchemaObject }
  /** `parts`: only parts differ (added and removed one by one); `replace`: CREATE OR REPLACE in
   * place, then the parts; `recreate`: dropped and created again, for `reason`. */
  | { readonly kind: 'AlterObject'; readonly from: SchemaObject; readonly to: SchemaObject; readonly mode: 'parts' | 'replace' | 'recreate'; readonly reason?: string }
  | { readonly kind: 'AlterObjectComment'; readonly object: SchemaObject; readonly from?: string; readonly to?: string };

/** A column whose type is an enum being rebuilt. */
export interface EnumUser {
  readonly table: TableRef;
  readonly column: Column;
}

/** The kinds of `Change`. */
export type ChangeKind = Change['kind'];

/** A rename the user declared: `renamed_from` in DBML or `--rename` on the command line. */
export type Rename =
  | { readonly kind: 'table'; readonly schema: string; readonly from: string; readonly to: string }
  | { readonly kind: 'column'; readonly schema: string; readonly table: string; readonly from: string; readonly to: string }
  | { readonly kind: 'enumValue'; readonly schema: string; readonly enum: string; readonly from: string; readonly to: string };

/** A drop and an add that look like a rename (same table, same type): shown, never applied. */
export interface RenameHint {
  readonly table: TableRef;
  readonly from: string;
  readonly to: string;
  /** The `--rename` argument that would declare it. */
  readonly flag: string;
}
