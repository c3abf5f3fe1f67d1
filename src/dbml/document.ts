/** The interpreted DBML document: everything a DBML file says, including what has no meaning
 * for PostgreSQL (groups, colours, sticky notes, views), so that the printer can write it back.
 * `lower()` turns it into the PostgreSQL `Schema`. */
import type { Span } from './diagnostics.js';

/** Source offsets of an element or line (used to keep comments when formatting). */
export interface At {
  readonly start: number;
  readonly end: number;
}

/** A column default as written in DBML. */
export type DbmlDefault =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number; readonly raw: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'expression'; readonly value: string }
  | { readonly kind: 'enum'; readonly schema?: string; readonly enumName: string; readonly value: string };

/** A column type as written: the base name (with schema), call arguments and array suffixes. */
export interface DbmlType {
  readonly schema?: string;
  readonly name: string;
  /** Arguments joined by `,`, as upstream stores them (`10,2`), or undefined without a call. */
  readonly args?: string;
  /** Array suffixes: `[]` → '', `[3]` → '3'. */
  readonly arrays: readonly string[];
}

/** The setting that declares a rename (tables, columns, enum values): gen's extension. */
export const RENAMED_FROM = 'renamed_from';

/** Free `key: value` settings (npm >= 9.1 custom metadata). */
export type Custom = readonly (readonly [string, string])[];

/** A column line's meaning: a function of its text alone (see `parse/column-lines.ts`), so one
 * object stands for every line of the same text — a 5,000-table schema repeats its column lines
 * tens of thousands of times. Where the line is sits with its table (`DbmlTable.itemSpans`). */
export interface DbmlColumn {
  readonly name: string;
  readonly type: DbmlType;
  readonly pk: boolean;
  readonly unique: boolean;
  /** `not null` → true, `null` → false, neither → undefined. */
  readonly notNull?: boolean;
  readonly increment: boolean;
  readonly default?: DbmlDefault;
  readonly note?: string;
  readonly checks: readonly string[];
  readonly custom: Custom;
}

/** One part of an index line. */
export type DbmlIndexPart = { readonly kind: 'column'; readonly name: string } | { readonly kind: 'expression'; readonly value: string };

/** One line of an `indexes { }` block (its own span, as a column). */
export interface DbmlIndex extends At {
  readonly parts: readonly DbmlIndexPart[];
  readonly pk: boolean;
  readonly unique: boolean;
  readonly name?: string;
  readonly type?: string;
  readonly note?: string;
}

/** One line of a `checks { }` block. */
export interface DbmlCheck {
  readonly expression: string;
  readonly name?: string;
  readonly at?: At;
}

/** A column item of a table body. */
export type ColumnItem = { readonly kind: 'column' } & DbmlColumn;

/** A body item of a table or partial: a column, or a `~partial` injection in source order. Items
 * hold no offsets (a column item may be shared by many lines): see `DbmlTable.itemSpans`. */
export type DbmlTableItem = ColumnItem | { readonly kind: 'inject'; readonly name: string };

/** Records (sample data). Values are kept as written. */
export interface DbmlRecords {
  readonly columns?: readonly string[];
  readonly rows: readonly (readonly DbmlValue[])[];
}

/** A record value. */
export type DbmlValue = DbmlDefault | { readonly kind: 'empty' };

/** A Table or TablePartial. */
export interface DbmlTable {
  readonly schema: string;
  readonly name: string;
  readonly alias?: string;
  readonly headercolor?: string;
  /** `[note: '...']` in the header. */
  readonly settingNote?: string;
  /** `Note: '...'` / `Note { ... }` in the body. */
  readonly note?: string;
  readonly custom: Custom;
  readonly items: readonly DbmlTableItem[];
  /** Source offsets of the items: item i spans `[itemSpans[2i], itemSpans[2i + 1])` (0, 0 for
   * items that come from no text). */
  readonly itemSpans: readonly number[];
  readonly indexes: readonly DbmlIndex[];
  readonly checks: readonly DbmlCheck[];
  readonly records?: DbmlRecords;
  readonly span: Span;
  readonly nameSpan: Span;
  /** Start offsets of the body's `indexes`, `checks`, `Note` and `records` lines. */
  readonly subAt?: Readonly<Record<'indexes' | 'checks' | 'note' | 'records', number | undefined>>;
}

/** A referential action keyword, lower-case as written (`cascade`, `set null`, ...). */
export type DbmlAction = 'cascade' | 'restrict' | 'set null' | 'set default' | 'no action';

/** One side of a relationship. */
export interface DbmlEndpoint {
  readonly schema: string;
  readonly table: string;
  readonly columns: readonly string[];
}

/** A relationship (`Ref`, or an inline `ref:` setting). `op` keeps optional-ref `?` marks. */
export interface DbmlRef {
  readonly name?: string;
  readonly left: DbmlEndpoint;
  readonly right: DbmlEndpoint;
  readonly op: string;
  readonly onDelete?: DbmlAction;
  readonly onUpdate?: DbmlAction;
  readonly color?: string;
  readonly inactive: boolean;
  /** Set when written as a column setting; the column lives on `left`. */
  readonly inline: boolean;
  /** Set for an inline ref written inside a TablePartial: a template copied to each table that
   * injects the partial (the partial's name stands for the table in bare-column endpoints). */
  readonly partial?: boolean;
  readonly span: Span;
}

/** An enum and its values (with value notes). */
export interface DbmlEnum {
  readonly schema: string;
  readonly name: string;
  /** `renamedFrom`: gen's `[renamed_from: 'old']` on a value, a declared rename. */
  readonly values: readonly { readonly name: string; readonly note?: string; readonly renamedFrom?: string; readonly at?: At }[];
  readonly at?: At;
  /** Where the (possibly schema-qualified) name is written. */
  readonly nameAt?: At;
}

/** A TableGroup. */
export interface DbmlGroup {
  readonly name: string;
  readonly tables: readonly { readonly schema: string; readonly name: string; readonly span: Span }[];
  readonly color?: string;
  readonly settingNote?: string;
  readonly note?: string;
  readonly custom: Custom;
  readonly at?: At;
}

/** A sticky note (top-level `Note name { }`). */
export interface DbmlStickyNote {
  readonly schema: string;
  readonly name: string;
  readonly content: string;
  readonly color?: string;
  readonly at?: At;
}

/** A DiagramView: sub-block name (lower-case) → names or `*`. */
export interface DbmlDiagramView {
  readonly name: string;
  readonly all: boolean;
  readonly blocks: readonly { readonly kind: string; readonly names: readonly string[] }[];
  readonly at?: At;
}

/** The Project element. */
export interface DbmlProject {
  readonly name?: string;
  readonly fields: readonly (readonly [string, string])[];
  readonly note?: string;
  readonly at?: At;
}

/** Everything one DBML file (with its `use` imports) declares. */
export interface DbmlDocument {
  readonly project?: DbmlProject;
  readonly enums: readonly DbmlEnum[];
  readonly tables: readonly DbmlTable[];
  readonly partials: readonly DbmlTable[];
  readonly refs: readonly DbmlRef[];
  readonly groups: readonly DbmlGroup[];
  readonly stickyNotes: readonly DbmlStickyNote[];
  readonly views: readonly DbmlDiagramView[];
  /** Top-level `records t(cols) { }` blocks, by table. */
  readonly records: readonly { readonly schema: string; readonly table: string; readonly records: DbmlRecords; readonly span: Span; readonly at?: At }[];
  readonly uses: readonly DbmlUse[];
}

/** One `use` / `reuse` declaration. `specs` is undefined for `*`. */
export interface DbmlUse {
  readonly path: string;
  readonly reuse: boolean;
  readonly text: string;
  readonly span: Span;
  readonly specs?: readonly { readonly kind: string; readonly schema?: string; readonly name: string; readonly alias?: string }[];
}

/** Where item `i` of `t` is written. */
export function itemAt(t: DbmlTable, i: number): At {
  return { start: t.itemSpans[2 * i] ?? 0, end: t.itemSpans[2 * i + 1] ?? 0 };
}
