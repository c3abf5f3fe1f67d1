/** Catalog rows → the schema model. Pure: no database access here. */
import { sortSchema } from '../model/schema.js';
import type { Check, Column, Exclusion, FkAction, ForeignKey, Index, IndexKeyOptions, IndexPart, PrimaryKey, Schema, Table, Unique } from '../model/types.js';
import type { CatalogRows, ColumnRow, ConstraintRow, KeyOptionsRow } from './rows.js';

/** An object the model does not manage (view, function, trigger, ...): listed, never touched. */
export interface UnmanagedObject {
  readonly kind: string;
  readonly schema: string;
  readonly name: string;
}

/** The name of gen's migration history table (DESIGN §5). */
export const HISTORY_TABLE = '_gen_migrations';

const ACTIONS: Record<string, FkAction> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
const SERIAL: Record<string, string> = { integer: 'serial', bigint: 'bigserial', smallint: 'smallserial' };

/** The sequence a `nextval('seq'::regclass)` default names (its last name part, unquoted). A
 * name may hold dots, quotes and apostrophes: `nextval('"a.b""c''d_seq"'::regclass)`. */
export function nextvalSequence(expr: string): string | undefined {
  const lit = /^nextval\('((?:[^']|'')*)'::regclass\)$/.exec(expr);
  if (!lit) return undefined;
  const text = lit[1]!.replace(/''/g, "'");
  let last: string | undefined;
  for (let i = 0; i < text.length; ) {
    if (text[i] === '"') {
      let name = '';
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] !== '"') name += text[j];
        else if (text[j + 1] === '"') name += text[j++];
        else break;
      }
      last = name;
      i = j + 1;
    } else {
      const dot = text.indexOf('.', i);
      last = text.slice(i, dot === -1 ? text.length : dot);
      i = dot === -1 ? text.length : dot;
    }
    if (text[i] === '.') i++;
    else if (i < text.length) return undefined;
  }
  return last;
}

/** `nextval('seq'::regclass)` naming the sequence the column owns reads back as serial. */
function column(r: ColumnRow, owned: readonly string[]): Column {
  const seq = r.default_expr ? nextvalSequence(r.default_expr) : undefined;
  const serial = seq !== undefined && owned.includes(seq) ? SERIAL[r.type] : undefined;
  const generated = r.generated === 's' ? r.default_expr ?? undefined : undefined;
  const def = serial || generated !== undefined ? undefined : r.default_expr ?? undefined;
  return {
    name: r.name,
    type: serial ?? r.type,
    nullable: !r.not_null,
    ...(def !== undefined ? { default: def } : {}),
    ...(r.identity === 'a' ? { identity: 'always' as const } : r.identity === 'd' ? { identity: 'by default' as const } : {}),
    ...(generated !== undefined ? { generated } : {}),
    ...(r.collation ? { collation: r.collation } : {}),
    ...(r.comment !== null ? { comment: r.comment } : {}),
  };
}

/** `CHECK (expr) [NO INHERIT] [NOT VALID]` → `expr` (NO INHERIT and NOT VALID are read from
 * their own catalog columns). */
function checkExpression(def: string): string {
  const body = def.replace(/\s+NOT VALID$/, '').replace(/\s+NO INHERIT$/, '').replace(/^CHECK\s*/, '');
  return body.startsWith('(') && body.endsWith(')') ? body.slice(1, -1) : body;
}

/** Storage parameters (`reloptions`), sorted; undefined when there are none. */
function storage(options: readonly string[] | null): { storageParameters?: readonly string[] } {
  return options && options.length > 0 ? { storageParameters: [...options].sort() } : {};
}

/** An index key's operator class and collation, each only when not the default. */
function keyOptions(k: KeyOptionsRow | undefined): IndexKeyOptions {
  if (!k) return {};
  const [opclass, schema, params, collation] = k;
  return {
    ...(collation !== null ? { collation } : {}),
    ...(opclass !== null ? { opclass, ...(schema !== null ? { opclassSchema: schema } : {}) } : {}),
    ...(params && params.length > 0 ? { opclassParameters: [...params].sort() } : {}),
  };
}

/** Primary key or unique options read from the constraint and its index. */
function keyFields(c: ConstraintRow, named: (keys: readonly number[]) => string[]): Omit<PrimaryKey, 'name' | 'columns'> {
  const include = c.index_keys && c.index_key_count !== null ? named(c.index_keys.slice(c.index_key_count)) : [];
  return {
    ...(include.length > 0 ? { include } : {}),
    ...storage(c.storage),
    ...(c.deferrable ? { deferrable: true } : {}),
    ...(c.deferred ? { initiallyDeferred: true } : {}),
    ...(c.comment !== null ? { comment: c.comment } : {}),
  };
}

/** Maps the rows of one introspection to a schema and the unmanaged objects. */
export function mapCatalog(rows: CatalogRows): { schema: Schema; unmanaged: UnmanagedObject[] } {
  const byTable = <T extends { table_oid: string }>(xs: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const x of xs) {
      const list = m.get(x.table_oid);
      if (list) list.push(x);
      else m.set(x.table_oid, [x]);
    }
    return m;
  };
  const columns = byTable(rows.columns);
  // Columns arrive unordered (sorting in SQL costs more than here).
  for (const list of columns.values()) list.sort((a, b) => a.num - b.num);
  const names = new Map<string, Map<number, string>>();
  for (const [oid, list] of columns) names.set(oid, new Map(list.map((c) => [c.num, c.name])));
  const named = (oid: string, keys: readonly number[] | null): string[] => (keys ?? []).map((k) => names.get(oid)?.get(k) ?? '');
  const owned = new Map<string, string[]>();
  for (const sq of rows.sequences) {
    const k = `${sq.table_oid}:${sq.num}`;
    owned.set(k, [...(owned.get(k) ?? []), sq.name]);
  }
  const constraints = byTable(rows.constraints);
  const indexes = byTable(rows.indexes);
  // gen's own history table is bookkeeping, not schema: listed as unmanaged, never diffed.
  const history = rows.tables.filter((t) => t.name === HISTORY_TABLE);
  const tables: Table[] = rows.tables.filter((t) => t.name !== HISTORY_TABLE).map((t) => {
    const cons = constraints.get(t.oid) ?? [];
    const pk = cons.find((c) => c.type === 'p');
    const ofTable = (keys: readonly number[]) => named(t.oid, keys);
    const uniques: Unique[] = cons.filter((c) => c.type === 'u').map((c) => ({ name: c.name, columns: named(t.oid, c.keys), ...(c.nulls_not_distinct === 'true' ? { nullsNotDistinct: true } : {}), ...keyFields(c, ofTable) }));
    const foreignKeys: ForeignKey[] = cons.filter((c) => c.type === 'f').map((c) => ({
      name: c.name, columns: named(t.oid, c.keys), refSchema: c.ref_schema!, refTable: c.ref_table!, refColumns: c.ref_columns ?? named(c.ref_oid, c.ref_keys),
      onDelete: ACTIONS[c.on_delete] ?? 'NO ACTION', onUpdate: ACTIONS[c.on_update] ?? 'NO ACTION',
      deferrable: c.deferrable, initiallyDeferred: c.deferred, ...(c.validated ? {} : { notValid: true }),
      ...(c.match_type === 'f' ? { matchFull: true } : {}),
      ...(c.delete_columns && c.delete_columns.length > 0 ? { onDeleteColumns: named(t.oid, c.delete_columns) } : {}),
      ...(c.comment !== null ? { comment: c.comment } : {}),
    }));
    const checks: Check[] = cons.filter((c) => c.type === 'c').map((c) => ({
      name: c.name, expression: checkExpression(c.definition ?? ''), ...(c.validated ? {} : { notValid: true }),
      ...(c.no_inherit ? { noInherit: true } : {}), ...(c.comment !== null ? { comment: c.comment } : {}),
    }));
    const exclusions: Exclusion[] = cons.filter((c) => c.type === 'x').map((c) => ({ name: c.name, definition: c.definition ?? '', ...(c.comment !== null ? { comment: c.comment } : {}) }));
    const idx: Index[] = (indexes.get(t.oid) ?? []).map((i) => {
      const parts: IndexPart[] = [];
      for (let k = 0; k < i.key_count; k++) {
        const opt = i.options[k] ?? 0;
        const descending = (opt & 1) !== 0;
        // Only a NULLS order that differs from the default (last for ASC, first for DESC) is kept.
        const nullsFirst = (opt & 2) !== 0;
        const sort = { ...(descending ? { descending: true } : {}), ...(nullsFirst !== descending ? { nullsFirst } : {}) };
        const num = i.keys[k] ?? 0;
        const extra = { ...sort, ...keyOptions(i.key_options?.[k]) };
        parts.push(num !== 0 ? { kind: 'column', name: names.get(t.oid)?.get(num) ?? '', ...extra } : { kind: 'expression', expression: i.key_defs?.[k] ?? '', ...extra });
      }
      return {
        name: i.name, unique: i.is_unique, method: i.method, parts,
        include: named(t.oid, i.keys.slice(i.key_count)),
        ...(i.predicate !== null ? { where: i.predicate } : {}),
        ...(i.nulls_not_distinct === 'true' ? { nullsNotDistinct: true } : {}),
        ...storage(i.storage),
        ...(i.comment !== null ? { comment: i.comment } : {}),
      };
    });
    return {
      schema: t.schema, name: t.name, columns: (columns.get(t.oid) ?? []).map((c) => column(c, owned.get(`${t.oid}:${c.num}`) ?? [])),
      ...(pk ? { primaryKey: { name: pk.name, columns: named(t.oid, pk.keys), ...keyFields(pk, ofTable) } } : {}),
      uniques, indexes: idx, foreignKeys, checks,
      ...(exclusions.length > 0 ? { exclusions } : {}),
      ...(t.comment !== null ? { comment: t.comment } : {}),
    };
  });
  const enums = rows.enums.map((e) => ({ schema: e.schema, name: e.name, values: e.labels, ...(e.comment !== null ? { comment: e.comment } : {}) }));
  const schemas = ['public', ...tables.map((t) => t.schema), ...enums.map((e) => e.schema)];
  return { schema: sortSchema({ schemas, enums, tables }), unmanaged: [...history.map((t) => ({ kind: 'gen history table', schema: t.schema, name: t.name })), ...rows.unmanaged.map((u) => ({ kind: u.kind, schema: u.schema, name: u.name }))] };
}
