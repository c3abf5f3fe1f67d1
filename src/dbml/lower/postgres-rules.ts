/** PostgreSQL's own rules, checked on a document that is valid DBML and on its lowered schema, so
 * that what `gen validate` accepts PostgreSQL accepts: names of at most 63 UTF-8 bytes (longer
 * ones PostgreSQL truncates silently, and the migration never converges), one relation namespace
 * and one type namespace per schema, distinct constraint names per table, no system column names,
 * defaults that fit their column's type where the text tells, and keys a foreign key can use. */
import { columnAt, expandColumns, expandIndexesAndChecks, expandRefs, partialMap, tableIndex } from '../bind/bind.js';
import { type At, type DbmlDefault, type DbmlDocument, type DbmlIndex, type DbmlRef, type DbmlTable, itemAt } from '../document.js';
import { makeObjectName } from '../../model/naming.js';
import { qualifiedName } from '../../model/identifiers.js';
import type { ForeignKey, Schema, Table } from '../../model/types.js';
import { BySchema, type Holder, MAX_NAME_BYTES, describe, nameProblem, overLimit, shown } from './names.js';

/** One rule broken: `owner` is the document element the position belongs to (it names the file). */
export interface PgIssue {
  readonly code: string;
  readonly message: string;
  readonly owner: object;
  readonly at: At;
}

const MAX_COLUMNS = 1600;
// `oid` is an ordinary column name since PostgreSQL 12.
const SYSTEM_COLUMNS = new Set(['tableoid', 'cmax', 'xmax', 'cmin', 'xmin', 'ctid']);

const key = (schema: string, name: string) => `${schema}\u0000${name}`;

export { MAX_NAME_BYTES } from './names.js';

/** Runs every rule; returns what breaks them, in document order.
 * @long the rules share one document's places and name tables; each block is one rule with its
 * comment. */
export function postgresIssues(doc: DbmlDocument, schema: Schema): PgIssue[] {
  const out: PgIssue[] = [];
  const issue = (code: string, message: string, owner: object, at: At) => out.push({ code, message, owner, at });
  const partials = partialMap(doc);

  // Schemas, tables, columns, enums and labels as written.
  const schemasSeen = new Set<string>();
  const schemaName = (s: string, owner: object, at: At) => {
    if (schemasSeen.has(s)) return;
    schemasSeen.add(s);
    const p = nameProblem(s, 'Schema');
    if (p) issue('INVALID_NAME', p, owner, at);
    else if (s.startsWith('pg_')) issue('INVALID_NAME', `Schema name '${shown(s)}' is unacceptable: the prefix 'pg_' is reserved for system schemas`, owner, at);
  };
  const columnNames = (t: DbmlTable) => {
    for (let i = 0; i < t.items.length; i++) {
      const it = t.items[i]!;
      if (it.kind !== 'column') continue;
      const p = nameProblem(it.name, 'Column');
      if (p) issue('INVALID_COLUMN_NAME', p, t, itemAt(t, i));
      else if (SYSTEM_COLUMNS.has(it.name)) issue('INVALID_COLUMN_NAME', `Column name '${it.name}' conflicts with a system column name`, t, itemAt(t, i));
      if (it.type.name.length === 0 || it.type.schema === '') issue('INVALID_COLUMN_TYPE', `Column '${it.name}': a type name is empty (PostgreSQL has no zero-length names)`, t, itemAt(t, i));
    }
    const { indexes, checks } = t;
    for (const ix of indexes) {
      const p = ix.name === undefined ? undefined : nameProblem(ix.name, 'Index');
      if (p) issue('INVALID_NAME', p, t, ix);
    }
    for (const c of checks) {
      const p = c.name === undefined ? undefined : nameProblem(c.name, 'Check');
      if (p) issue('INVALID_NAME', p, t, c.at ?? t.nameSpan);
    }
  };
  for (const t of doc.tables) {
    schemaName(t.schema, t, t.nameSpan);
    const p = nameProblem(t.name, 'Table');
    if (p) issue('INVALID_NAME', p, t, t.nameSpan);
    columnNames(t);
  }
  for (const t of doc.partials) columnNames(t);
  for (const e of doc.enums) {
    const at = e.nameAt ?? e.at ?? { start: 0, end: 0 };
    schemaName(e.schema, e, at);
    const p = nameProblem(e.name, 'Enum');
    if (p) issue('INVALID_NAME', p, e, at);
    for (const v of e.values) {
      const n = overLimit(v.name);
      if (n !== undefined) issue('INVALID_ENUM_ELEMENT_NAME', `Enum value '${shown(v.name)}' is ${n} bytes in UTF-8; PostgreSQL enum labels are at most ${MAX_NAME_BYTES} bytes`, e, v.at ?? at);
    }
  }
  const idx = tableIndex(doc);
  for (const r of doc.refs) {
    const p = r.name === undefined ? undefined : nameProblem(r.name, 'Ref');
    if (p) issue('INVALID_NAME', p, r, r.span);
    // A many-to-many ref makes a junction table `{left}_{right}` with columns `{table}_{column}`.
    if (r.op.replace(/\?/g, '') !== '<>') continue;
    const lt = idx.resolve(r.left.schema, r.left.table);
    const rt = idx.resolve(r.right.schema, r.right.table);
    if (!lt || !rt) continue;
    const names = [`${lt.name}_${rt.name}`, ...r.left.columns.map((c) => `${lt.name}_${c}`), ...r.right.columns.map((c) => `${rt.name}_${c}`)];
    for (const n of names) {
      const b = overLimit(n);
      if (b !== undefined) issue('INVALID_NAME', `The many-to-many ref makes the name '${shown(n)}' (${b} bytes in UTF-8); PostgreSQL names are at most ${MAX_NAME_BYTES} bytes`, r, r.span);
    }
  }
  // Names that are too long make every later check about them moot (and misleading).
  if (out.length > 0) return out;

  const docTables = new BySchema<DbmlTable>();
  for (const t of doc.tables) docTables.set(t.schema, t.name, t);
  const ownerOfIndex = (t: DbmlTable, ix: DbmlIndex): DbmlTable => (t.indexes.includes(ix) ? t : ([...partials.values()].find((p) => p.indexes.includes(ix)) ?? t));
  // Where an explicitly named index or check of table `t` is written, else the table's name.
  const namedAt = (t: DbmlTable | undefined, name: string): { owner: object; at: At } | undefined => {
    if (!t) return undefined;
    const { indexes, checks } = expandIndexesAndChecks(t, partials);
    const ix = indexes.find((i) => i.name === name);
    if (ix) return { owner: ownerOfIndex(t, ix), at: ix };
    const c = checks.find((x) => x.name === name);
    if (c?.at) return { owner: t.checks.includes(c) ? t : ([...partials.values()].find((p) => p.checks.includes(c)) ?? t), at: c.at };
    return undefined;
  };
  let refsByEnd: Map<string, DbmlRef> | undefined;
  const refOf = (t: Table, cols: readonly string[]): DbmlRef | undefined => {
    if (!refsByEnd) {
      refsByEnd = new Map();
      for (const r of expandRefs(doc)) {
        for (const e of [r.left, r.right]) {
          const et = idx.resolve(e.schema, e.table);
          if (et) refsByEnd.set(`${key(et.schema, et.name)}\u0000${e.columns.join('\u0000')}`, r);
        }
      }
    }
    return refsByEnd.get(`${key(t.schema, t.name)}\u0000${cols.join('\u0000')}`);
  };
  const place = (t: Table, name?: string): { owner: object; at: At } => {
    const dt = docTables.get(t.schema, t.name);
    const named = name === undefined ? undefined : namedAt(dt, name);
    if (named) return named;
    if (dt) return { owner: dt, at: dt.nameSpan };
    const r = doc.refs.find((x) => x.op.replace(/\?/g, '') === '<>');
    return { owner: r ?? doc, at: r?.span ?? { start: 0, end: 0 } };
  };

  // One namespace of relations per schema (tables, indexes, the indexes of primary keys and
  // unique constraints, sequences) and one of types (enums, and every table's row type).
  const relations = new BySchema<Holder>();
  const types = new BySchema<Holder>();
  for (const t of schema.tables) {
    relations.set(t.schema, t.name, { what: 'table', name: t.name });
    types.set(t.schema, t.name, { what: 'row type', name: t.name });
  }
  for (const de of doc.enums) {
    const prev = types.get(de.schema, de.name);
    if (prev) issue('DUPLICATE_NAME', `Enum '${de.name}' has the name of ${describe(prev)} in schema '${de.schema}' (tables and types share one namespace)`, de, de.nameAt ?? de.at ?? { start: 0, end: 0 });
    types.set(de.schema, de.name, { what: 'enum', name: de.name });
  }
  const relation = (t: Table, name: string, what: string) => {
    const prev = relations.get(t.schema, name);
    if (prev === undefined) {
      relations.set(t.schema, name, { what, name, table: t.name });
      return;
    }
    const p = place(t, name);
    issue('DUPLICATE_NAME', `The ${what} '${name}' of table '${t.name}' has the name of ${describe(prev)} in schema '${t.schema}' (tables, indexes, key constraints and sequences share one namespace)`, p.owner, p.at);
  };
  for (const t of schema.tables) {
    if (t.primaryKey) relation(t, t.primaryKey.name, 'primary key');
    for (const u of t.uniques) relation(t, u.name, 'unique constraint');
    for (const i of t.indexes) relation(t, i.name, 'index');
  }
  // A serial or identity column's sequence is named by PostgreSQL when the table is created: it
  // must not take the name of a relation gen creates (it would, or would not, depending on the
  // order).
  for (const t of schema.tables) {
    for (const c of t.columns) {
      if (c.type !== 'serial' && c.type !== 'bigserial' && c.type !== 'smallserial' && c.identity === undefined) continue;
      const seq = makeObjectName(t.name, c.name, 'seq');
      const prev = relations.get(t.schema, seq);
      if (prev === undefined) continue;
      const p = place(t);
      issue('DUPLICATE_NAME', `The sequence of ${c.identity ? 'identity' : 'serial'} column '${t.name}.${c.name}' would be named '${seq}', the name of ${describe(prev)} in schema '${t.schema}'`, p.owner, p.at);
    }
  }

  // Constraint names are distinct within a table.
  // (Keys are distinct already: their names are relations. Tables have a handful of checks and
  // foreign keys, and most have none: a scan, no set per table.)
  for (const t of schema.tables) {
    if (t.checks.length + t.foreignKeys.length === 0) continue;
    const names: { name: string; what: string; fk?: ForeignKey }[] = [];
    if (t.primaryKey) names.push({ name: t.primaryKey.name, what: 'primary key' });
    for (const u of t.uniques) names.push({ name: u.name, what: 'unique constraint' });
    for (const c of t.checks) names.push({ name: c.name, what: 'check constraint' });
    for (const f of t.foreignKeys) names.push({ name: f.name, what: 'foreign key', fk: f });
    for (let i = 1; i < names.length; i++) {
      const n = names[i]!;
      const prev = names.slice(0, i).find((x) => x.name === n.name);
      if (!prev) continue;
      const r = n.fk ? refOf(t, n.fk.columns) : undefined;
      const p = r ? { owner: r, at: r.span } : place(t, n.name);
      issue('DUPLICATE_NAME', `The ${n.what} '${n.name}' of table '${t.name}' has the name of its ${prev.what} (constraint names are distinct within a table)`, p.owner, p.at);
    }
  }

  // Columns: how many, and whether each default fits its type.
  const enumLabels = new Map<string, ReadonlySet<string>>();
  for (const e of schema.enums) enumLabels.set(qualifiedName(e.schema, e.name), new Set(e.values));
  const typeProblems = new Map<string, string>();
  const modelTables = new BySchema<Table>();
  for (const t of schema.tables) modelTables.set(t.schema, t.name, t);
  for (const t of doc.tables) {
    const mt = modelTables.get(t.schema, t.name);
    if (!mt) continue;
    if (mt.columns.length > MAX_COLUMNS) issue('INVALID_COLUMN', `Table '${t.name}' has ${mt.columns.length} columns; PostgreSQL allows ${MAX_COLUMNS}`, t, t.nameSpan);
    const cols = expandColumns(t, partials);
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i]!;
      // A type modifier is a number or a name (PostgreSQL's grammar takes constants only; a
      // DBML string argument has lost its quotes by now).
      if (c.type.args !== undefined && !c.type.args.split(',').every((a) => /^\s*([+-]?(\d+\.?\d*|\.\d+)|[A-Za-z_][A-Za-z0-9_$]*)\s*$/.test(a))) {
        issue('INVALID_COLUMN_TYPE', `Column '${t.name}.${c.name}': the type modifiers (${shown(c.type.args)}) must be numbers or names`, t, columnAt(t, partials, c));
      }
      const mtype = mt.columns[i]?.type;
      if (c.type.args !== undefined && mtype !== undefined && enumLabels.has(mtype.replace(/\(.*\)(\[\])*$/, ''))) {
        issue('INVALID_COLUMN_TYPE', `Column '${t.name}.${c.name}': enum type ${mtype.replace(/\(.*\)(\[\])*$/, '')} takes no modifiers`, t, columnAt(t, partials, c));
      }
      if (mtype?.includes('(')) {
        let p = typeProblems.get(mtype);
        if (p === undefined) typeProblems.set(mtype, (p = typeProblem(mtype) ?? ''));
        if (p !== '') issue('INVALID_COLUMN_TYPE', `Column '${t.name}.${c.name}': ${p}`, t, columnAt(t, partials, c));
      }
      const d = c.default;
      if (d === undefined || d.kind === 'null' || d.kind === 'expression') continue;
      const mc = mt.columns[i];
      if (!mc || mc.name !== c.name || mc.default === undefined) continue;
      const p = defaultProblem(d, mc.type, enumLabels.get(mc.type));
      if (p) issue('INVALID_COLUMN_SETTING_VALUE', `Column '${t.name}.${c.name}': ${p}`, t, columnAt(t, partials, c));
    }
  }

  // Indexes PostgreSQL cannot build.
  for (const t of schema.tables) {
    for (const i of t.indexes) {
      if (i.method !== 'hash' || (i.parts.length <= 1 && !i.unique)) continue;
      // A derived name is found by what the line says.
      const dt = docTables.get(t.schema, t.name);
      const names = i.parts.map((x) => (x.kind === 'column' ? x.name : x.expression)).join('\u0000');
      const ix =
        dt && i.name !== undefined
          ? expandIndexesAndChecks(dt, partials).indexes.find(
              (x) => x.name === undefined && !x.pk && x.type?.toLowerCase() === 'hash' && x.unique === i.unique && x.parts.map((y) => (y.kind === 'column' ? y.name : y.value)).join('\u0000') === names,
            )
          : undefined;
      const p = ix && dt ? { owner: ownerOfIndex(dt, ix), at: ix } : place(t, i.name);
      issue('INVALID_INDEX_SETTING_VALUE', `Index '${i.name}': access method hash supports ${i.unique ? 'no unique indexes' : 'one column only'}`, p.owner, p.at);
    }
  }

  // Keys and btree/hash indexes need an operator class: some built-in types have none.
  for (const t of schema.tables) {
    if (!t.columns.some((c) => NO_BTREE.has(c.type.replace(/(\[\])+$/, '')))) continue;
    const keyed: { name: string; what: string; cols: readonly string[] }[] = [];
    if (t.primaryKey) keyed.push({ name: t.primaryKey.name, what: 'primary key', cols: t.primaryKey.columns });
    for (const u of t.uniques) keyed.push({ name: u.name, what: 'unique constraint', cols: u.columns });
    for (const i of t.indexes) if (i.method === 'btree' || i.method === 'hash') keyed.push({ name: i.name, what: `${i.method} index`, cols: i.parts.flatMap((x) => (x.kind === 'column' ? [x.name] : [])) });
    for (const k of keyed) {
      for (const cn of k.cols) {
        const type = t.columns.find((c) => c.name === cn)?.type;
        if (type === undefined || !NO_BTREE.has(type.replace(/(\[\])+$/, ''))) continue;
        // (An implicitly named key or index is shown at the column.)
        const dt = docTables.get(t.schema, t.name);
        const named = dt ? namedAt(dt, k.name) : undefined;
        const col = dt && !named ? expandColumns(dt, partials).find((c) => c.name === cn) : undefined;
        const p = named ?? (dt && col ? { owner: dt, at: columnAt(dt, partials, col) } : place(t, k.name));
        issue('INVALID_INDEX_SETTING_VALUE', `The ${k.what} '${k.name}' cannot include column '${cn}': type ${type} has no ${k.what.startsWith('hash') ? 'hash' : 'btree'} operator class`, p.owner, p.at);
      }
    }
  }

  // Foreign keys: the referenced columns must be a key, of a comparable type.
  for (const t of schema.tables) {
    for (const f of t.foreignKeys) {
      const rt = modelTables.get(f.refSchema, f.refTable);
      if (!rt) continue;
      const problem = foreignKeyProblem(t, f.columns, rt, f.refColumns);
      if (!problem) continue;
      const r = refOf(t, f.columns);
      const p = r ? { owner: r, at: r.span } : place(t);
      issue('INVALID_REF_FIELD', `Foreign key '${f.name}': ${problem}`, p.owner, p.at);
    }
  }
  return out;
}

/** Why PostgreSQL rejects the modifiers of canonical built-in `type`, or undefined. (User and
 * unknown types are written with their quotes, so never match here.) */
export function typeProblem(type: string): string | undefined {
  const base = type.replace(/(\[\])+$/, '');
  let m = /^(character varying|character|bit varying|bit)\((.*)\)$/.exec(base);
  if (m) {
    const max = m[1]!.startsWith('bit') ? 83886080 : 10485760;
    return /^\d+$/.test(m[2]!) && Number(m[2]) >= 1 && Number(m[2]) <= max ? undefined : `the length of type ${m[1]} must be a whole number from 1 to ${max}, not '${shown(m[2]!)}'`;
  }
  m = /^numeric\((.*)\)$/.exec(base);
  if (m) {
    const pm = /^(\d+),([+-]?\d+)$/.exec(m[1]!);
    if (!pm || Number(pm[1]) < 1 || Number(pm[1]) > 1000) return `the precision of type numeric must be a whole number from 1 to 1000, not '${shown(m[1]!)}'`;
    return Math.abs(Number(pm[2])) <= 1000 ? undefined : `the scale of type numeric must be from -1000 to 1000, not ${pm[2]}`;
  }
  m = /^(?:(timestamp|time)\((.*)\) with(?:out)? time zone|(interval)\((.*)\))$/.exec(base);
  if (m) {
    const arg = m[2] ?? m[4]!;
    // PostgreSQL lowers a precision over 6 to 6 with a warning: the model would never converge.
    return /^\d+$/.test(arg) && Number(arg) <= 6 ? undefined : `the precision of type ${m[1] ?? m[3]} must be a whole number from 0 to 6, not '${shown(arg)}'`;
  }
  return undefined;
}

// Built-in types without a default btree (or hash) operator class: no key, no plain index.
const NO_BTREE = new Set(['json', 'xml', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle']);

const INTEGER_RANGE: Record<string, readonly [bigint, bigint]> = {
  smallint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};
const isText = (type: string) => type === 'text' || /^character varying(\(\d+\))?$/.test(type) || /^character\(\d+\)$/.test(type);
const isNumeric = (type: string) => type === 'numeric' || /^numeric\(/.test(type) || type === 'real' || type === 'double precision';
// Types whose input is known here, with no cast from boolean.
const NOT_FROM_BOOLEAN = /^(smallint|integer|bigint|numeric(\(.*\))?|real|double precision|uuid|json|jsonb|bytea|date|interval|inet|cidr|(time|timestamp)(\(\d\))? with(out)? time zone)$/;

/** Whether a whole number (as text) fits integer type `type`. */
function inRange(digits: string, type: string): boolean {
  const r = INTEGER_RANGE[type];
  if (!r) return true;
  const n = BigInt(digits);
  return n >= r[0] && n <= r[1];
}

/** Why the literal default `d` does not fit a column of canonical `type` (an enum's when `labels`
 * is given), or undefined when it fits or the text cannot tell. */
export function defaultProblem(d: Exclude<DbmlDefault, { kind: 'null' } | { kind: 'expression' }>, type: string, labels: ReadonlySet<string> | undefined): string | undefined {
  if (type.endsWith('[]')) {
    // An array's text is `{...}`, optionally after `[1:2]=` dimensions.
    if (d.kind === 'string' && !/^\s*[{[]/.test(d.value)) return `'${shown(d.value)}' is not an array literal (it starts with '{')`;
    return d.kind === 'boolean' || d.kind === 'number' ? `a ${d.kind} default does not fit type ${type}` : undefined;
  }
  if (d.kind === 'boolean') {
    if (labels || NOT_FROM_BOOLEAN.test(type)) return `a boolean default does not fit type ${type}`;
    return undefined;
  }
  const text = d.kind === 'string' ? d.value : d.kind === 'number' ? d.raw : d.value;
  if (labels) return labels.has(text) ? undefined : `'${shown(text)}' is not a value of enum ${type}`;
  if (d.kind === 'enum') return undefined;
  if (type in INTEGER_RANGE) {
    const s = text.trim();
    // Integer text is the type's input; a decimal fraction is written as a numeric constant,
    // which PostgreSQL rounds (canonicalDefault); a number in exponent form is a numeric too.
    const m = /^([+-]?\d+)()$/.exec(s) ?? /^(-?\d+)(\.\d+)$/.exec(s) ?? (d.kind === 'number' && Number.isFinite(Number(s)) ? /^(-?\d+)()$/.exec(String(Math.round(Number(s)))) : null);
    if (!m) return `'${shown(text)}' is not a valid ${type}`;
    const whole = m[2] && Number(m[2]) >= 0.5 ? (BigInt(m[1]!) + (m[1]!.startsWith('-') ? -1n : 1n)).toString() : m[1]!;
    return inRange(whole, type) ? undefined : `${shown(s)} is out of range for type ${type}`;
  }
  if (d.kind === 'number') return type === 'uuid' ? `${d.raw} is not a valid uuid` : undefined;
  const s = text.trim();
  if (isNumeric(type)) {
    const ok = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) || /^[+-]?(nan|infinity)$/i.test(s) || (type === 'real' || type === 'double precision' ? /^[+-]?inf$/i.test(s) : false);
    return ok ? undefined : `'${shown(text)}' is not a valid ${type}`;
  }
  if (type === 'boolean') {
    const v = s.toLowerCase();
    const ok = (v.length > 0 && ['true', 'false', 'yes', 'no'].some((w) => w.startsWith(v))) || ['on', 'of', 'off', '1', '0'].includes(v);
    return ok ? undefined : `'${shown(text)}' is not a valid boolean`;
  }
  if (type === 'uuid') return /^(\{[0-9a-f]{4}(-?[0-9a-f]{4}){7}\}|[0-9a-f]{4}(-?[0-9a-f]{4}){7})$/i.test(text) ? undefined : `'${shown(text)}' is not a valid uuid`;
  if (type === 'json' || type === 'jsonb') {
    try {
      JSON.parse(text);
      return undefined;
    } catch {
      return `'${shown(text)}' is not valid JSON`;
    }
  }
  return undefined;
}

/** Kinds of built-in types that never compare with one another (a foreign key between two of
 * them "cannot be implemented"); undefined for a type not known here. */
function typeKind(type: string): string | undefined {
  let k = kinds.get(type);
  if (k === undefined) kinds.set(type, (k = kindOf(type) ?? ''));
  return k === '' ? undefined : k;
}
const kinds = new Map<string, string>();

function kindOf(type: string): string | undefined {
  if (type.endsWith('[]')) return undefined;
  if (/^(small|big)?serial$/.test(type) || type in INTEGER_RANGE || isNumeric(type)) return 'number';
  if (isText(type)) return 'text';
  if (type === 'uuid' || type === 'boolean' || type === 'date' || type === 'bytea' || type === 'jsonb') return type;
  if (/^timestamp(\(\d\))? with(out)? time zone$/.test(type)) return 'timestamp';
  return undefined;
}

/** Why columns `cols` of `t` cannot reference `refCols` of `rt`, or undefined. */
function foreignKeyProblem(t: Table, cols: readonly string[], rt: Table, refCols: readonly string[]): string | undefined {
  const distinct = refCols.length === 1 || new Set(refCols).size === refCols.length;
  const same = (a: readonly string[]) => distinct && a.length === refCols.length && a.every((c) => refCols.includes(c));
  const keyed =
    (rt.primaryKey !== undefined && same(rt.primaryKey.columns)) ||
    rt.uniques.some((u) => same(u.columns)) ||
    rt.indexes.some((i) => i.unique && i.where === undefined && i.parts.every((p) => p.kind === 'column') && same(i.parts.map((p) => (p.kind === 'column' ? p.name : ''))));
  if (!keyed) return `no primary key or unique constraint of table '${rt.name}' has exactly the columns (${refCols.join(', ')})`;
  for (let i = 0; i < cols.length; i++) {
    const a = t.columns.find((c) => c.name === cols[i]);
    const b = rt.columns.find((c) => c.name === refCols[i]);
    if (!a || !b) continue;
    const ka = typeKind(a.type);
    const kb = typeKind(b.type);
    if (ka !== undefined && kb !== undefined && ka !== kb) return `column '${a.name}' (${a.type}) cannot reference '${b.name}' (${b.type}): the types do not compare`;
  }
  return undefined;
}
