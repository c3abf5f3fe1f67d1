/** Reading typed values out of DBML syntax: column types, defaults, record values, endpoints. */
import type { DbmlDefault, DbmlEndpoint, DbmlIndexPart, DbmlType, DbmlValue } from '../document.js';
import { nameParts, numberOf, stringOf } from './context.js';
import { ColumnLines } from '../parse/column-lines.js';
import { NONE, lengthPrefixed } from '../lists.js';
import type { Expr } from '../parse/syntax.js';

/** Per parse, equal column types and equal defaults are one shared object: the document is
 * read-only, and a 5,000-table schema spells a few dozen types and defaults across its 40,000
 * columns (a third of the document's size when each column had its own). */
export class Interner {
  private readonly names = new Map<string, string>();
  private readonly plain = new Map<string, DbmlType>();
  private readonly types = new Map<string, DbmlType>();
  private readonly defaults = new Map<string, DbmlDefault>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly columnParts = new Map<string, DbmlIndexPart>();
  private readonly partLists = new Map<string, readonly DbmlIndexPart[]>();
  /** Column lines of `source` read so far, by text. */
  readonly lines: ColumnLines;

  constructor(source: string) {
    this.lines = new ColumnLines(source);
  }

  /** One string per distinct column name: `id` and `created_at` recur in every table. */
  name(n: string): string {
    const hit = this.names.get(n);
    if (hit !== undefined) return hit;
    this.names.set(n, n);
    return n;
  }

  /** One frozen list per distinct list of names (a ref's `id`, an index's `(name, created_at)`
   * recur in every table); frozen because tables share it. */
  list(names: readonly string[]): readonly string[] {
    const key = lengthPrefixed(names);
    const hit = this.lists.get(key);
    if (hit) return hit;
    const own = Object.freeze(names.slice());
    this.lists.set(key, own);
    return own;
  }

  /** An index line's parts, shared like `list` (the column parts one object per name). */
  indexParts(parts: readonly DbmlIndexPart[]): readonly DbmlIndexPart[] {
    let key = '';
    for (const p of parts) key += p.kind === 'column' ? `c${p.name.length}.${p.name}` : `e${p.value.length}.${p.value}`;
    const hit = this.partLists.get(key);
    if (hit) return hit;
    const own = Object.freeze(parts.map((p) => (p.kind === 'column' ? this.columnPart(p.name) : Object.freeze(p))));
    this.partLists.set(key, own);
    return own;
  }

  private columnPart(name: string): DbmlIndexPart {
    let p = this.columnParts.get(name);
    if (!p) this.columnParts.set(name, (p = Object.freeze({ kind: 'column', name })));
    return p;
  }

  type(e: Expr): DbmlType | undefined {
    // A plain name (`bigint`, `"MyType"`) is the common case: looked up before anything is built.
    if (e.kind === 'ident') {
      const hit = this.plain.get(e.name);
      if (hit) return hit;
    }
    const t = typeOf(e);
    if (!t) return undefined;
    if (t.args === undefined && t.schema === undefined && t.arrays.length === 0) {
      this.plain.set(t.name, t);
      return t;
    }
    // Length-prefixed fields: no two different types share a key, whatever their names hold.
    const s = t.schema;
    const key = `${s === undefined ? '-' : `${s.length}.${s}`}${t.name.length}.${t.name}${t.args === undefined ? '-' : `${t.args.length}.${t.args}`}${t.arrays.length}.${t.arrays.join(',')}`;
    const hit = this.types.get(key);
    if (hit) return hit;
    this.types.set(key, t);
    return t;
  }

  default(e: Expr | undefined): DbmlDefault | undefined {
    const d = defaultOf(e);
    if (!d) return undefined;
    let key: string;
    switch (d.kind) {
      case 'string':
        key = `s${d.value}`;
        break;
      case 'number':
        key = `n${d.raw}`;
        break;
      case 'boolean':
        key = d.value ? 'b1' : 'b0';
        break;
      case 'null':
        key = 'z';
        break;
      case 'expression':
        key = `e${d.value}`;
        break;
      case 'enum':
        key = `m${d.schema === undefined ? '-' : `${d.schema.length}.${d.schema}`}${d.enumName.length}.${d.enumName}${d.value}`;
        break;
    }
    const hit = this.defaults.get(key);
    if (hit) return hit;
    this.defaults.set(key, d);
    return d;
  }
}

const TYPE_ARG = /^[+-]?[\p{L}\p{N}_.]+$/u;

/** A column type expression: name, `schema.name`, `name(args)`, `name[]...` (recursively). */
export function typeOf(e: Expr): DbmlType | undefined {
  let arrays: string[] | undefined;
  let cur = e;
  while (cur.kind === 'array') {
    if (cur.index) {
      const n = numberOf(cur.index);
      if (!n) return undefined;
      (arrays ??= []).unshift(n.raw);
    } else (arrays ??= []).unshift('');
    cur = cur.base;
  }
  let args: string | undefined;
  if (cur.kind === 'call') {
    const parts: string[] = [];
    for (const a of cur.args) {
      const n = numberOf(a);
      if (n) parts.push(n.raw);
      // A string argument goes into the SQL type as written: a number or a name only.
      else if (a.kind === 'string' && TYPE_ARG.test(a.value)) parts.push(a.value);
      else if (a.kind === 'ident') parts.push(a.name);
      else return undefined;
    }
    args = parts.join(',');
    cur = cur.callee;
  }
  const names = nameParts(cur);
  if (!names || names.length > 2) return undefined;
  // Built without spreads and with one shared empty list: this runs once per column.
  const t: { schema?: string; name: string; args?: string; arrays: readonly string[] } = { name: names[names.length - 1]!, arrays: arrays ?? NONE };
  if (names.length === 2) t.schema = names[0]!;
  if (args !== undefined) t.args = args;
  return t;
}

/** A default value: string, number, boolean/null, backtick expression or `enum.member`. */
export function defaultOf(e: Expr | undefined): DbmlDefault | undefined {
  if (!e) return undefined;
  const s = stringOf(e);
  if (s !== undefined) return { kind: 'string', value: s };
  const n = numberOf(e);
  if (n) return { kind: 'number', value: n.value, raw: n.raw };
  if (e.kind === 'backtick') return { kind: 'expression', value: e.value };
  if (e.kind === 'ident' && !e.quoted) {
    const k = e.name.toLowerCase();
    if (k === 'true' || k === 'false') return { kind: 'boolean', value: k === 'true' };
    if (k === 'null') return { kind: 'null' };
    return undefined;
  }
  const names = nameParts(e);
  if (names && (names.length === 2 || names.length === 3)) {
    const value = names[names.length - 1]!;
    const enumName = names[names.length - 2]!;
    return { kind: 'enum', ...(names.length === 3 ? { schema: names[0]! } : {}), enumName, value };
  }
  return undefined;
}

/** A record value: like a default, or an empty field. */
export function recordValueOf(e: Expr | undefined): DbmlValue | undefined {
  if (!e) return { kind: 'empty' };
  return defaultOf(e);
}

/** A relationship endpoint: `t.c`, `s.t.c`, `t.(a, b)`, `s.t.(a, b)`. Bare `c` only inline. */
export function endpointOf(e: Expr, ownTable: { schema: string; table: string } | undefined, intern: Interner): DbmlEndpoint | 'invalid' {
  let path: string[] | undefined;
  let columns: string[];
  if (e.kind === 'access' && e.member.kind === 'tuple') {
    path = nameParts(e.object);
    const cols: string[] = [];
    for (const it of e.member.items) {
      const p = nameParts(it);
      if (p?.length !== 1) return 'invalid';
      cols.push(p[0]!);
    }
    columns = cols;
  } else {
    const all = nameParts(e);
    if (!all) return 'invalid';
    path = all.slice(0, -1);
    columns = [all[all.length - 1]!];
  }
  if (!path || path.length > 2) return 'invalid';
  if (path.length === 0) {
    if (!ownTable) return 'invalid';
    return { schema: ownTable.schema, table: ownTable.table, columns: intern.list(columns) };
  }
  const schema = path.length === 2 ? path[0]! : '';
  return { schema, table: path[path.length - 1]!, columns: intern.list(columns) };
}

/** Relationship operators, with optional-ref `?` marks (npm >= 9). */
export function isRelationOp(op: string): boolean {
  return /^\??(<>|<|>|-)\??$/.test(op);
}
