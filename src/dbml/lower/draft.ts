/** A table being lowered (a `Draft`) and its columns: types and defaults canonical, keys, identity
 * and serial columns NOT NULL, with a warning for what PostgreSQL cannot honour as written. */
import { isIntegerType, isSerial, takesNoModifier } from '../../model/normalize.js';
import type { Check, Column, ForeignKey, Index, PrimaryKey, Unique } from '../../model/types.js';
import { columnAt, expandColumns } from '../bind/bind.js';
import type { DbmlColumn, DbmlTable } from '../document.js';
import { NONE, fit } from '../lists.js';
import type { Canon } from './canon.js';

/** Drafts by `draftKey(schema, name)`. */
export const draftKey = (s: string, n: string) => `${s}\u0000${n}`;

/** A warning found while lowering (a DBML construct PostgreSQL cannot honour as written). */
export interface LowerWarning {
  readonly table: string;
  readonly column?: string;
  readonly message: string;
  readonly span: { readonly start: number; readonly end: number };
}

/** A table being lowered. Drafts live through the whole of `lower` (foreign keys are named after
 * every table's own constraints), so on a large schema whatever they hold survives young-generation
 * collections and is copied by each: their lists are set once at their exact size (`constraints`)
 * or grown one exact copy at a time (`addForeignKey`), never grown by `push` (an empty list's
 * first push reserves 17 slots). */
export interface Draft {
  schema: string;
  name: string;
  columns: Column[];
  primaryKey: PrimaryKey | undefined;
  uniques: Unique[];
  indexes: Index[];
  foreignKeys: ForeignKey[];
  checks: Check[];
  comment: string | undefined;
  columnChecks: readonly { column: string; expression: string }[];
}

/** No objects of a kind yet: a draft's lists start as this and are replaced, never pushed to. */
export const EMPTY = NONE as never[];

export function draftTable(t: DbmlTable, partials: ReadonlyMap<string, DbmlTable>, canon: Canon, warnings: LowerWarning[]): Draft {
  const cols = expandColumns(t, partials);
  // (`pk` on a column puts it in the key; columns have distinct names once expanded.)
  const columns = new Array<Column>(cols.length);
  for (let i = 0; i < cols.length; i++) columns[i] = column(t, partials, cols[i]!, cols[i]!.pk, canon, warnings);
  const comment = t.note ?? t.settingNote;
  return {
    schema: t.schema,
    name: t.name,
    columns,
    primaryKey: undefined,
    uniques: EMPTY,
    indexes: EMPTY,
    foreignKeys: EMPTY,
    checks: EMPTY,
    comment,
    columnChecks: columnChecksOf(cols),
  };
}

function columnChecksOf(cols: readonly DbmlColumn[]): readonly { column: string; expression: string }[] {
  let out: { column: string; expression: string }[] | undefined;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    for (let j = 0; j < c.checks.length; j++) (out ??= []).push({ column: c.name, expression: c.checks[j]! });
  }
  return out ? fit(out) : NONE;
}

function column(t: DbmlTable, partials: ReadonlyMap<string, DbmlTable>, c: DbmlColumn, inPk: boolean, canon: Canon, warnings: LowerWarning[]): Column {
  let type = canon.type(c.type);
  if (c.type.args !== undefined && takesNoModifier(type)) warnings.push({ table: t.name, column: c.name, message: `type ${type} takes no modifier; (${c.type.args}) is ignored`, span: columnAt(t, partials, c) });
  let identity: Column['identity'];
  if (c.increment) {
    if (isIntegerType(type)) identity = 'by default';
    else if (!isSerial(type)) warnings.push({ table: t.name, column: c.name, message: `'increment' has no meaning on type ${type}; ignored`, span: columnAt(t, partials, c) });
  }
  // PostgreSQL makes primary-key, identity and serial columns NOT NULL.
  const nullable = !(inPk || c.notNull === true || identity !== undefined || isSerial(type));
  let def: string | undefined;
  const d = c.default;
  if (d && d.kind !== 'null') {
    if (identity || isSerial(type)) warnings.push({ table: t.name, column: c.name, message: 'a default on an identity or serial column is ignored', span: columnAt(t, partials, c) });
    else def = canon.default(d, type);
  }
  if (type === 'serial' && c.type.arrays.length > 0) type = 'integer[]';
  return canon.column(c.name, type, nullable, def, identity, c.note);
}
