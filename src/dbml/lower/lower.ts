/** Lowering: a bound `DbmlDocument` becomes the PostgreSQL `Schema` — partials expanded, types
 * and defaults canonical, every constraint and index named as PostgreSQL would name it. */
import { NameScope, columnsPart } from '../../model/naming.js';
import { canonicalDefault, canonicalExpression, canonicalType, isIntegerType, isSerial, takesNoModifier } from '../../model/normalize.js';
import { byName, sortSchema } from '../../model/schema.js';
import type { Check, Column, Enum, FkAction, ForeignKey, Index, IndexPart, PrimaryKey, Schema, Table, Unique } from '../../model/types.js';
import { columnAt, expandColumns, expandIndexesAndChecks, expandRefs, partialMap, tableIndex } from '../bind/bind.js';
import { type Custom, type DbmlAction, type DbmlColumn, type DbmlDefault, type DbmlDocument, type DbmlIndexPart, type DbmlRef, type DbmlTable, type DbmlType, RENAMED_FROM } from '../document.js';
import type { Rename } from '../../diff/changes.js';
import { NONE, fit, lengthPrefixed } from '../lists.js';

const key = (s: string, n: string) => `${s}\u0000${n}`;

const ACTION: Record<DbmlAction, FkAction> = {
  cascade: 'CASCADE', restrict: 'RESTRICT', 'set null': 'SET NULL', 'set default': 'SET DEFAULT', 'no action': 'NO ACTION',
};

/** A warning found while lowering (a DBML construct PostgreSQL cannot honour as written). */
export interface LowerWarning {
  readonly table: string;
  readonly column?: string;
  readonly message: string;
  readonly span: { readonly start: number; readonly end: number };
}

/** Canonical spellings, each computed once per distinct input. The interpreter shares one object
 * per distinct DBML type and default, so the 40,000 columns of a 5,000-table schema hold a few
 * dozen type and default strings instead of one each. */
class Canon {
  private readonly types = new Map<DbmlType, string>();
  private readonly defaults = new Map<DbmlDefault, Map<string, string>>();
  private readonly expressions = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly singles = new Map<string, readonly string[]>();
  private readonly parts = new Map<readonly DbmlIndexPart[], readonly IndexPart[]>();
  private readonly columns = new Map<string, Column[]>();
  constructor(readonly isEnum: (schema: string, name: string) => boolean) {}

  type(t: DbmlType): string {
    let c = this.types.get(t);
    if (c === undefined) this.types.set(t, (c = canonicalType(t, this.isEnum)));
    return c;
  }

  default(d: Exclude<DbmlDefault, { kind: 'null' }>, type: string): string {
    let byType = this.defaults.get(d);
    if (!byType) this.defaults.set(d, (byType = new Map()));
    let c = byType.get(type);
    if (c === undefined) {
      if (d.kind === 'enum') c = canonicalDefault({ kind: 'string', value: d.value }, type);
      else if (d.kind === 'number') c = canonicalDefault({ kind: 'number', raw: d.raw }, type);
      else c = canonicalDefault(d, type);
      byType.set(type, c);
    }
    return c;
  }

  expression(e: string): string {
    let c = this.expressions.get(e);
    if (c === undefined) this.expressions.set(e, (c = canonicalExpression(e)));
    return c;
  }

  /** One model column per distinct column: tables repeat `id`, `created_at`, `updated_at`, ...
   * with the same type and settings (every column of the 5,000-table benchmark is one of nine).
   * Model data is readonly and nothing keys on a column's identity. A name's variants are
   * scanned linearly, so only the first few are kept. */
  column(name: string, type: string, nullable: boolean, def: string | undefined, identity: Column['identity'], comment: string | undefined): Column {
    let same = this.columns.get(name);
    if (same === undefined) this.columns.set(name, (same = []));
    for (let i = 0; i < same.length; i++) {
      const c = same[i]!;
      if (c.type === type && c.nullable === nullable && c.default === def && c.identity === identity && c.comment === comment) return c;
    }
    const c = columnOf(name, type, nullable, def, identity, comment);
    if (same.length < 8) same.push(c);
    return c;
  }

  /** One frozen list per distinct list of column names (`id` is the key of most tables). */
  list(names: readonly string[]): readonly string[] {
    if (names.length === 1) return this.single(names[0]!);
    const key = lengthPrefixed(names);
    let c = this.lists.get(key);
    if (c === undefined) this.lists.set(key, (c = Object.freeze(names.slice())));
    return c;
  }

  /** `list([name])`, without building the list or a key to find it. */
  single(name: string): readonly string[] {
    let c = this.singles.get(name);
    if (c === undefined) this.singles.set(name, (c = Object.freeze([name])));
    return c;
  }

  /** An index's parts in the model. Column parts are the same objects in the document and the
   * model; expressions are canonicalised, once per (interned) list of document parts. */
  indexParts(parts: readonly DbmlIndexPart[]): readonly IndexPart[] {
    if (parts.every((p) => p.kind === 'column')) return parts as readonly IndexPart[];
    let c = this.parts.get(parts);
    if (c === undefined) this.parts.set(parts, (c = Object.freeze(parts.map((p) => (p.kind === 'column' ? p : { kind: 'expression' as const, expression: this.expression(p.value) })))));
    return c;
  }
}

/** A table being lowered. Drafts live through the whole of `lower` (foreign keys are named after
 * every table's own constraints), so on a large schema whatever they hold survives young-generation
 * collections and is copied by each: their lists are set once at their exact size (`constraints`)
 * or grown one exact copy at a time (`addForeignKey`), never grown by `push` (an empty list's
 * first push reserves 17 slots). */
interface Draft {
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
const EMPTY = NONE as never[];

/** Lowers a document to the schema model. */
export function lower(doc: DbmlDocument): { schema: Schema; warnings: LowerWarning[]; renames: Rename[] } {
  const warnings: LowerWarning[] = [];
  const partials = partialMap(doc);
  // Asked once per column: schema first, so no key string is built per lookup.
  const enumNames = new Map<string, Set<string>>();
  for (const e of doc.enums) {
    let names = enumNames.get(e.schema);
    if (!names) enumNames.set(e.schema, (names = new Set()));
    names.add(e.name);
  }
  const canon = new Canon((s, n) => enumNames.get(s)?.has(n) === true);
  const scopes = new Map<string, NameScope>();
  const scope = (s: string) => {
    let sc = scopes.get(s);
    if (!sc) scopes.set(s, (sc = new NameScope()));
    return sc;
  };
  // (Indexed loops over tables here and below: lowering runs after the young generation has
  // grown on a large schema, and everything it allocates touches memory of its own — a `for … of`
  // not yet optimised allocates an iterator result per step.)
  const all = doc.tables;
  for (let i = 0; i < all.length; i++) scope(all[i]!.schema).reserveRelation(all[i]!.name);

  // By name (junction tables are added and must not collide), and by table for lookups.
  const drafts = new Map<string, Draft>();
  const draftOf = new Map<DbmlTable, Draft>();
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    const d = draftTable(t, partials, canon, warnings);
    drafts.set(key(t.schema, t.name), d);
    draftOf.set(t, d);
  }

  // Names of explicitly named objects are reserved before any implicit name is chosen.
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    const { indexes, checks } = expandIndexesAndChecks(t, partials);
    for (let j = 0; j < indexes.length; j++) {
      const ix = indexes[j]!;
      if (ix.name === undefined) continue;
      if (ix.pk) scope(t.schema).reserveKey(ix.name);
      else scope(t.schema).reserveRelation(ix.name);
    }
    for (let j = 0; j < checks.length; j++) if (checks[j]!.name !== undefined) scope(t.schema).reserveConstraint(checks[j]!.name!);
  }
  for (const r of doc.refs) if (r.name !== undefined) scope(r.left.schema || 'public').reserveConstraint(r.name);

  for (let i = 0; i < all.length; i++) constraints(all[i]!, draftOf.get(all[i]!)!, partials, scope(all[i]!.schema), canon);
  foreignKeys(doc, drafts, draftOf, scope);

  const tables: Table[] = [];
  for (const d of drafts.values()) {
    // In the model's canonical order already (the drafts' lists are ours to sort): `sortSchema`
    // would otherwise copy every table whose indexes are not written in name order.
    // (The lists are the draft's own, at their exact size: sorted in place, kept as they are.)
    sortByName(d.uniques);
    sortByName(d.indexes);
    sortByName(d.foreignKeys);
    sortByName(d.checks);
    // (Keys in the model's usual order — goldens print it — every one in the literal: see
    // `columnOf`.)
    const { schema, name, columns, primaryKey, comment, uniques, indexes, foreignKeys, checks } = d;
    if (primaryKey) tables.push(comment === undefined ? { schema, name, columns, primaryKey, uniques, indexes, foreignKeys, checks } : { schema, name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment });
    else tables.push(comment === undefined ? { schema, name, columns, uniques, indexes, foreignKeys, checks } : { schema, name, columns, uniques, indexes, foreignKeys, checks, comment });
  }
  const enums: Enum[] = doc.enums.map((e) => ({ schema: e.schema, name: e.name, values: e.values.map((v) => v.name) }));
  const schemas = new Set(['public', ...tables.map((t) => t.schema), ...enums.map((e) => e.schema)]);
  return { schema: sortSchema({ schemas: [...schemas], enums, tables }), warnings, renames: declaredRenames(doc, partials) };
}

/** Renames declared with `renamed_from` on tables, columns (partials' included) and enum values. */
function declaredRenames(doc: DbmlDocument, partials: ReadonlyMap<string, DbmlTable>): Rename[] {
  const out: Rename[] = [];
  const from = (custom: Custom) => custom.find(([k]) => k === RENAMED_FROM)?.[1];
  // Custom settings are rare: without any on a table or a column, there is nothing to expand.
  if (!doc.enums.some((e) => e.values.some((v) => v.renamedFrom !== undefined)) && !hasCustom(doc.tables) && !hasCustom(doc.partials)) return out;
  for (const t of doc.tables) {
    const old = from(t.custom);
    if (old !== undefined) out.push({ kind: 'table', schema: t.schema, from: old, to: t.name });
    for (const c of expandColumns(t, partials)) {
      const oldCol = from(c.custom);
      if (oldCol !== undefined) out.push({ kind: 'column', schema: t.schema, table: t.name, from: oldCol, to: c.name });
    }
  }
  for (const e of doc.enums) {
    for (const v of e.values) if (v.renamedFrom !== undefined) out.push({ kind: 'enumValue', schema: e.schema, enum: e.name, from: v.renamedFrom, to: v.name });
  }
  return out;
}

function hasCustom(tables: readonly DbmlTable[]): boolean {
  for (const t of tables) {
    if (t.custom.length > 0) return true;
    for (const it of t.items) if (it.kind === 'column' && it.custom.length > 0) return true;
  }
  return false;
}

function draftTable(t: DbmlTable, partials: ReadonlyMap<string, DbmlTable>, canon: Canon, warnings: LowerWarning[]): Draft {
  const cols = expandColumns(t, partials);
  // (`pk` on a column puts it in the key; columns have distinct names once expanded.)
  const columns = new Array<Column>(cols.length);
  for (let i = 0; i < cols.length; i++) columns[i] = column(t, partials, cols[i]!, cols[i]!.pk, canon, warnings);
  const comment = t.note ?? t.settingNote;
  return {
    schema: t.schema, name: t.name, columns, primaryKey: undefined, uniques: EMPTY, indexes: EMPTY, foreignKeys: EMPTY, checks: EMPTY, comment,
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

/** Sorts a table's short list of named objects in place (an insertion sort: `Array#sort`
 * allocates a work list per call, and this runs four times per table). */
function sortByName<T extends { readonly name: string }>(xs: T[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    for (; j >= 0 && byName(xs[j]!, x) > 0; j--) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
}

/** A model column, every field in the literal that creates it: a field added afterwards lives in
 * a separate property array (40 bytes more for each of a large schema's columns). A default and
 * an identity never come together. */
function columnOf(name: string, type: string, nullable: boolean, def: string | undefined, identity: Column['identity'], comment: string | undefined): Column {
  if (comment === undefined) {
    if (def !== undefined) return { name, type, nullable, default: def };
    return identity ? { name, type, nullable, identity } : { name, type, nullable };
  }
  if (def !== undefined) return { name, type, nullable, default: def, comment };
  return identity ? { name, type, nullable, identity, comment } : { name, type, nullable, comment };
}

/** The name part PostgreSQL derives from an index expression (`FigureIndexColname`). */
function expressionName(expr: string): string {
  const m = /^\s*"?([A-Za-z_][A-Za-z0-9_$]*)"?\s*\(/.exec(expr);
  return m ? m[1]!.toLowerCase() : 'expr';
}

/** Columns of `table` that an SQL expression mentions (outside string literals). */
function referencedColumns(expr: string, columns: readonly string[]): string[] {
  const found = new Set<string>();
  const clean = expr.replace(/'(?:[^']|'')*'/g, ' ');
  for (const m of clean.matchAll(/"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)(\s*\()?/g)) {
    if (m[3]) continue; // a function name
    const name = m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.toLowerCase();
    const hit = columns.find((c) => c === name);
    if (hit) found.add(hit);
  }
  return [...found];
}

function constraints(t: DbmlTable, d: Draft, partials: ReadonlyMap<string, DbmlTable>, sc: NameScope, canon: Canon): void {
  const cols = expandColumns(t, partials);
  const { indexes, checks } = expandIndexesAndChecks(t, partials);
  const pkIndex = indexes.find((i) => i.pk);
  const pkCols = pkIndex ? canon.list(pkIndex.parts.flatMap((p) => (p.kind === 'column' ? [p.name] : []))) : pkColumns(cols, canon);
  if (pkCols.length > 0) {
    d.primaryKey = { name: pkIndex?.name ?? sc.chooseKey(t.name, undefined, 'pkey'), columns: pkCols };
    if (pkIndex) d.columns = d.columns.map((c) => (pkCols.includes(c.name) ? { ...c, nullable: false } : c));
  }
  // Built in scratch lists, kept as exact copies (see `Draft`).
  const uniques = scratch.uniques;
  uniques.length = 0;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    if (c.unique && !(pkCols.length === 1 && pkCols[0] === c.name && !c.pk)) uniques.push({ name: sc.chooseKey(t.name, c.name, 'key'), columns: canon.list([c.name]) });
  }
  d.uniques = fit(uniques) as Unique[];
  uniques.length = 0;
  const names = checks.length > 0 ? d.columns.map((c) => c.name) : NONE;
  const checkList = scratch.checks;
  checkList.length = 0;
  for (const cc of d.columnChecks) checkList.push({ name: sc.chooseConstraint(t.name, cc.column, 'check'), expression: canon.expression(cc.expression) });
  for (const c of checks) {
    const refs = referencedColumns(c.expression, names);
    const name = c.name ?? sc.chooseConstraint(t.name, refs.length === 1 ? refs[0] : undefined, 'check');
    checkList.push({ name, expression: canon.expression(c.expression) });
  }
  d.checks = fit(checkList) as Check[];
  checkList.length = 0;
  const indexList = scratch.indexes;
  indexList.length = 0;
  for (let i = 0; i < indexes.length; i++) {
    const ix = indexes[i]!;
    if (ix.pk) continue;
    const parts = canon.indexParts(ix.parts);
    const name = ix.name ?? sc.chooseIndex(t.name, columnsPart(ix.parts.map((p) => (p.kind === 'column' ? p.name : expressionName(p.value)))), 'idx');
    const method = ix.type === undefined ? 'btree' : ix.type.toLowerCase();
    // (Two literals, not a spread: a spread allocated an object per index and gave indexes with a
    // comment another layout.)
    indexList.push(ix.note === undefined ? { name, unique: ix.unique, method, parts, include: NONE } : { name, unique: ix.unique, method, parts, include: NONE, comment: ix.note });
  }
  d.indexes = fit(indexList) as Index[];
  indexList.length = 0;
}

/** Lists `constraints` fills for one table at a time and copies out at their exact size: reused,
 * they allocate nothing per table. (Lowering is synchronous: one table's use ends before the
 * next's begins.) */
const scratch = { uniques: [] as Unique[], checks: [] as Check[], indexes: [] as Index[] };

/** The key of a table without a `pk` index line: its `pk` columns, in order. */
function pkColumns(cols: readonly DbmlColumn[], canon: Canon): readonly string[] {
  let first: string | undefined;
  let more: string[] | undefined;
  for (let i = 0; i < cols.length; i++) {
    if (!cols[i]!.pk) continue;
    if (first === undefined) first = cols[i]!.name;
    else (more ??= [first]).push(cols[i]!.name);
  }
  return more ? canon.list(more) : first !== undefined ? canon.single(first) : NONE;
}

/** Which endpoint holds the foreign key: the `many` side; for one-to-one the second endpoint
 * (or the column carrying an inline ref). */
function fkSides(r: DbmlRef): 'left' | 'right' | 'junction' {
  const op = r.op.includes('?') ? r.op.replace(/\?/g, '') : r.op;
  switch (op) {
    case '>':
      return 'left';
    case '<':
      return 'right';
    case '-':
      return r.inline ? 'left' : 'right';
    default:
      return 'junction';
  }
}

function foreignKeys(doc: DbmlDocument, drafts: Map<string, Draft>, draftOf: ReadonlyMap<DbmlTable, Draft>, scope: (s: string) => NameScope): void {
  const idx = tableIndex(doc);
  for (const r of expandRefs(doc)) {
    if (r.inactive) continue; // an inactive ref documents a relationship that is not enforced
    const lt = idx.resolve(r.left.schema, r.left.table);
    const rt = idx.resolve(r.right.schema, r.right.table);
    if (!lt || !rt) continue;
    const left = { t: lt, cols: r.left.columns };
    const right = { t: rt, cols: r.right.columns };
    const side = fkSides(r);
    if (side === 'junction') {
      junction(r, left, right, drafts, scope);
      continue;
    }
    const from = side === 'left' ? left : right;
    const to = side === 'left' ? right : left;
    const d = draftOf.get(from.t)!;
    addForeignKey(d, {
      name: r.name ?? scope(from.t.schema).chooseConstraint(from.t.name, columnsPart(from.cols), 'fkey'),
      columns: from.cols, refSchema: to.t.schema, refTable: to.t.name, refColumns: to.cols,
      onDelete: r.onDelete ? ACTION[r.onDelete] : 'NO ACTION',
      onUpdate: r.onUpdate ? ACTION[r.onUpdate] : 'NO ACTION',
      deferrable: false, initiallyDeferred: false,
    });
  }
}

/** Appends `fk` to the draft's foreign keys as one exact-size copy (see `Draft`; tables have a
 * handful of foreign keys). */
function addForeignKey(d: Draft, fk: ForeignKey): void {
  const n = d.foreignKeys.length;
  const out = new Array<ForeignKey>(n + 1);
  for (let i = 0; i < n; i++) out[i] = d.foreignKeys[i]!;
  out[n] = fk;
  d.foreignKeys = out;
}

/** Many-to-many (`<>`): a junction table `{left}_{right}` with both keys, as upstream does. */
function junction(r: DbmlRef, left: { t: DbmlTable; cols: readonly string[] }, right: { t: DbmlTable; cols: readonly string[] }, drafts: Map<string, Draft>, scope: (s: string) => NameScope): void {
  const schema = left.t.schema;
  let name = `${left.t.name}_${right.t.name}`;
  for (let i = 1; drafts.has(key(schema, name)); i++) name = `${left.t.name}_${right.t.name}(${i})`;
  scope(schema).reserveRelation(name);
  const typeOf = (t: DbmlTable, c: string) => {
    const col = drafts.get(key(t.schema, t.name))!.columns.find((x) => x.name === c)!;
    return col.type === 'serial' ? 'integer' : col.type === 'bigserial' ? 'bigint' : col.type === 'smallserial' ? 'smallint' : col.type;
  };
  const lcols = left.cols.map((c) => `${left.t.name}_${c}`);
  const rcols = right.cols.map((c) => `${right.t.name}_${c}`);
  const columns: Column[] = [
    ...left.cols.map((c, i) => ({ name: lcols[i]!, type: typeOf(left.t, c), nullable: false })),
    ...right.cols.map((c, i) => ({ name: rcols[i]!, type: typeOf(right.t, c), nullable: false })),
  ];
  const sc = scope(schema);
  const fk = (cols: string[], t: DbmlTable, refCols: readonly string[]): ForeignKey => ({
    name: sc.chooseConstraint(name, columnsPart(cols), 'fkey'), columns: cols, refSchema: t.schema, refTable: t.name, refColumns: refCols,
    onDelete: r.onDelete ? ACTION[r.onDelete] : 'NO ACTION', onUpdate: r.onUpdate ? ACTION[r.onUpdate] : 'NO ACTION',
    deferrable: false, initiallyDeferred: false,
  });
  drafts.set(key(schema, name), {
    schema, name, columns,
    primaryKey: { name: sc.chooseKey(name, undefined, 'pkey'), columns: [...lcols, ...rcols] },
    uniques: EMPTY, indexes: EMPTY, checks: EMPTY, columnChecks: NONE, comment: undefined,
    foreignKeys: [fk(lcols, left.t, left.cols), fk(rcols, right.t, right.cols)],
  });
}
