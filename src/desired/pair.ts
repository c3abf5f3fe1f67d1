/** The desired state a database needs, as a DBML file and, for what DBML cannot express, SQL
 * beside it (`gen pull`). DBML holds every table, column and object it can state exactly; an
 * object it would state only approximately (an index with an operator class, a deferrable key)
 * is left out of the DBML whole, and the SQL creates it. The SQL is the plan from what the DBML
 * says to the database, so loading the pair — DBML first, then the SQL — gives the database's
 * model back. */
import { parse } from '../dbml/index.js';
import { lift } from '../dbml/print/lift.js';
import { printDocument } from '../dbml/print/print.js';
import type { DbmlDocument, DbmlTable } from '../dbml/document.js';
import { diff } from '../diff/index.js';
import { canonicalJson } from '../model/schema.js';
import type { Schema, Table } from '../model/types.js';
import { plan } from '../plan/index.js';
import { statements } from '../render/op.js';

/** What `pull` writes. `sql` is empty when the DBML says everything. */
export interface Pair {
  readonly dbml: string;
  readonly sql: string;
  /** The lifted DBML alone (everything approximated in it), for output without a SQL file. */
  readonly losses: readonly string[];
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const key = (schema: string, name: string) => `${schema}\u0000${name}`;

/** The model the DBML text lowers to (the text was printed by gen: it parses). */
function lowered(text: string): Schema {
  const r = parse(text, '<pulled>');
  if (!r.schema) throw new Error(`gen pull printed DBML that does not parse: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.schema;
}

/** Names of the objects of `want` that the DBML version `got` does not state exactly. */
function inexact(want: Table, got: Table | undefined) {
  const byName = <T extends { name: string }>(xs: readonly T[] | undefined) => new Map((xs ?? []).map((x) => [x.name, x]));
  const differs = <T extends { name: string }>(a: readonly T[], b: readonly T[] | undefined) => {
    const m = byName(b);
    return new Set(a.filter((x) => !same(x, m.get(x.name))).map((x) => x.name));
  };
  const wantColumns = byName(want.columns);
  // A generated column cannot be made from a plain one: it is left to the SQL whole.
  const columns = new Set(want.columns.filter((c) => c.generated !== undefined && !same(c.generated, byName(got?.columns).get(c.name)?.generated)).map((c) => c.name));
  const uses = (cols: readonly string[]) => cols.some((c) => columns.has(c));
  const pk = want.primaryKey !== undefined && (!same(want.primaryKey, got?.primaryKey) || uses(want.primaryKey.columns));
  // A default the DBML spells differently from the server is set by the SQL instead.
  const gotColumns = byName(got?.columns);
  // So is the default of a column whose type or collation the SQL changes (it re-sets the default).
  const defaults = new Set(
    want.columns
      .filter((c) => {
        const g = gotColumns.get(c.name);
        return c.default !== undefined && (g?.default !== c.default || g.type !== c.type || g.collation !== c.collation || g.collationSchema !== c.collationSchema);
      })
      .map((c) => c.name),
  );
  return {
    columns,
    pk,
    defaults,
    indexes: new Set([...differs(want.indexes, got?.indexes), ...want.indexes.filter((i) => uses(i.include) || i.parts.some((p) => (p.kind === 'column' ? columns.has(p.name) : true && columns.size > 0))).map((i) => i.name)]),
    uniques: new Set([...differs(want.uniques, got?.uniques), ...want.uniques.filter((u) => uses(u.columns)).map((u) => u.name)]),
    foreignKeys: new Set([...differs(want.foreignKeys, got?.foreignKeys), ...want.foreignKeys.filter((f) => uses(f.columns)).map((f) => f.name)]),
    checks: new Set([...differs(want.checks, got?.checks), ...want.checks.filter(() => columns.size > 0).map((c) => c.name)]),
    wantColumns,
  };
}

/** `doc` without the objects `drop` names, table by table, and without the tables `whole` names
 * (with every reference from or to them). */
function without(doc: DbmlDocument, drop: ReadonlyMap<string, ReturnType<typeof inexact>>, tables: readonly Table[], whole: ReadonlySet<string>): DbmlDocument {
  const byTable = new Map(tables.map((t) => [key(t.schema, t.name), t]));
  const pruneTable = (t: DbmlTable): DbmlTable => {
    const d = drop.get(key(t.schema, t.name));
    const model = byTable.get(key(t.schema, t.name));
    if (!d || !model) return t;
    const keepItem = t.items.map((it) => !(it.kind === 'column' && d.columns.has(it.name)));
    const uniques = new Set(model.uniques.filter((u) => d.uniques.has(u.name) && u.columns.length === 1).map((u) => u.columns[0]!));
    return {
      ...t,
      items: t.items
        .filter((_, i) => keepItem[i])
        .map((it) => {
          if (it.kind !== 'column') return it;
          const { default: _default, ...rest } = it;
          return { ...(d.defaults.has(it.name) ? rest : it), ...(d.pk && it.pk ? { pk: false } : {}), ...(uniques.has(it.name) && it.unique ? { unique: false } : {}) };
        }),
      itemSpans: t.itemSpans.filter((_, i) => keepItem[Math.floor(i / 2)]),
      indexes: t.indexes.filter((ix) => !(ix.name !== undefined && (d.indexes.has(ix.name) || d.uniques.has(ix.name) || (ix.pk && d.pk)))),
      checks: t.checks.filter((c) => !(c.name !== undefined && d.checks.has(c.name))),
    };
  };
  // A reference needs its target's key in the DBML: one to a key left to the SQL goes there too.
  const removedKeys = new Set<string>();
  for (const [k, d] of drop) {
    const model = byTable.get(k);
    if (!model) continue;
    if (d.pk && model.primaryKey) removedKeys.add(`${k}\u0000${model.primaryKey.columns.join('\u0000')}`);
    for (const u of model.uniques) if (d.uniques.has(u.name)) removedKeys.add(`${k}\u0000${u.columns.join('\u0000')}`);
  }
  const toRemovedKey = (r: DbmlDocument['refs'][number]) => removedKeys.has(`${key(r.right.schema || 'public', r.right.table)}\u0000${r.right.columns.join('\u0000')}`);
  return {
    ...doc,
    tables: doc.tables.filter((t) => !whole.has(key(t.schema, t.name))).map(pruneTable),
    refs: doc.refs.filter(
      (r) =>
        !(r.name !== undefined && drop.get(key(r.left.schema || 'public', r.left.table))?.foreignKeys.has(r.name)) &&
        !whole.has(key(r.left.schema || 'public', r.left.table)) &&
        !whole.has(key(r.right.schema || 'public', r.right.table)) &&
        !toRemovedKey(r),
    ),
  };
}

/** Plain DDL for `from` → `to` (no transactions, timeouts or hazard notes: a schema file). */
function ddl(from: Schema, to: Schema): string {
  const steps = plan(diff(from, to), { from, to }, { online: false }).steps;
  return steps
    .flatMap((s) => statements(s.op))
    .map((st) => `${st};\n`)
    .join('');
}

/** Splits `schema` into DBML and SQL (see the module comment). */
export function pairOf(schema: Schema): Pair {
  const { document, losses } = lift(schema);
  // A table that inherits cannot be made from a plain one (its columns would stay its own), nor
  // can a partitioned one (PARTITION BY is said at CREATE TABLE only), and DBML has no table
  // without columns: the SQL creates such tables whole.
  const whole = new Set(schema.tables.filter((t) => (t.inherits ?? []).length > 0 || t.partitionBy !== undefined || t.columns.length === 0).map((t) => key(t.schema, t.name)));
  const first = printDocument(whole.size === 0 ? document : without(document, new Map(), schema.tables, whole));
  const got = lowered(first);
  const gotTables = new Map(got.tables.map((t) => [key(t.schema, t.name), t]));
  const drop = new Map<string, ReturnType<typeof inexact>>();
  for (const t of schema.tables) {
    if (whole.has(key(t.schema, t.name))) continue;
    const d = inexact(t, gotTables.get(key(t.schema, t.name)));
    // A table left without a column in the DBML goes to the SQL whole as well, and so does one
    // whose SQL-only column comes before a DBML one (ADD COLUMN would put it last).
    const firstLeft = t.columns.findIndex((c) => d.columns.has(c.name));
    const lastKept = t.columns.findLastIndex((c) => !d.columns.has(c.name));
    if (d.columns.size === t.columns.length || (firstLeft !== -1 && firstLeft < lastKept)) whole.add(key(t.schema, t.name));
    else if (d.columns.size + d.indexes.size + d.uniques.size + d.foreignKeys.size + d.checks.size + d.defaults.size > 0 || d.pk) drop.set(key(t.schema, t.name), d);
  }
  const dbml = drop.size === 0 && whole.size === 0 ? first : printDocument(without(document, drop, schema.tables, whole));
  const stated = drop.size === 0 && whole.size === 0 ? got : lowered(dbml);
  const sql = ddl(stated, schema);
  return { dbml, sql, losses };
}
