/** Catalog rows → the schema model. Pure: no database access here. */
import { sortSchema } from '../model/schema.js';
import { makeObjectName, STOCK_PUBLIC_COMMENT } from '../model/naming.js';
import type {
  Check,
  Column,
  ColumnStorage,
  Exclusion,
  FkAction,
  ForeignKey,
  Index,
  ObjectRef,
  IndexKeyOptions,
  IndexPart,
  InheritedColumn,
  PrimaryKey,
  ReplicaIdentity,
  Schema,
  SchemaComment,
  Sequence,
  Table,
  Unique,
  UnmanagedObject,
} from '../model/types.js';
import { changedInheritedFields, inheritedBaseline, ownAttributes } from '../model/inheritance.js';
import type { CatalogRows, ColumnRow, ConstraintRow, IndexRow, KeyOptionsRow, SequenceRow, TableRow } from './rows.js';
import { nextvalOf, nextvalParts } from '../model/sequence.js';
import { identityOptions, isSerialSequence, sequenceOf } from './sequences.js';
import { splitExpressionList } from './expression-list.js';
import { dependenciesByHandle, mapObjects } from './objects.js';

/** An object the model does not manage (view, function, trigger, ...): listed, never touched. */
export type { UnmanagedObject } from '../model/types.js';

/** The name of gen's migration history table (docs/ARCHITECTURE.md §5). */
export const HISTORY_TABLE = '_gen_migrations';

const ACTIONS: Record<string, FkAction> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
const SERIAL: Record<string, string> = { integer: 'serial', bigint: 'bigserial', smallint: 'smallserial' };
const STORAGE: Record<string, ColumnStorage> = { p: 'plain', e: 'external', x: 'extended', m: 'main' };
const COMPRESSION: Record<string, string> = { p: 'pglz', l: 'lz4' };

/** The sequence a `nextval('seq'::regclass)` default names (its last name part, unquoted). A
 * name may hold dots, quotes and apostrophes: `nextval('"a.b""c''d_seq"'::regclass)`. */
export function nextvalSequence(expr: string): string | undefined {
  return nextvalParts(expr)?.at(-1);
}

/** A column; `serial` when it owns exactly the sequence SERIAL would have made it (see
 * sequences.ts), and its identity sequence's options when it has one. */
function column(r: ColumnRow, table: { schema: string; name: string }, owned: SequenceRow | undefined, usesOf: (s: SequenceRow) => number): Column {
  const serial = owned?.owner === 'a' && isSerialSequence(owned, r, table, usesOf(owned)) ? SERIAL[r.type] : undefined;
  const generated = r.generated === 's' || r.generated === 'v' ? (r.default_expr ?? undefined) : undefined;
  const def = serial || generated !== undefined ? undefined : (r.default_expr ?? undefined);
  const options = r.identity !== '' && owned?.owner === 'i' ? identityOptions(owned, table.name, r.name) : undefined;
  const storage = r.storage !== r.type_storage ? STORAGE[r.storage] : undefined;
  const compression = COMPRESSION[r.compression];
  const notNullName = r.not_null && r.not_null_name !== null && r.not_null_name !== makeObjectName(r.table_name, r.name, 'not_null') ? r.not_null_name : undefined;
  return {
    name: r.name,
    type: serial ?? r.type,
    nullable: !r.not_null,
    ...(def !== undefined ? { default: def } : {}),
    ...(r.identity === 'a' ? { identity: 'always' as const } : r.identity === 'd' ? { identity: 'by default' as const } : {}),
    ...(options !== undefined ? { identityOptions: options } : {}),
    ...(generated !== undefined ? { generated } : {}),
    ...(generated !== undefined && r.generated === 'v' ? { virtual: true } : {}),
    ...(r.collation ? { collation: r.collation, ...(r.collation_schema !== null ? { collationSchema: r.collation_schema } : {}) } : {}),
    ...(r.comment !== null ? { comment: r.comment } : {}),
    ...(storage !== undefined ? { storage } : {}),
    ...(compression !== undefined ? { compression } : {}),
    ...(notNullName !== undefined ? { notNullName } : {}),
  };
}

/** The table-level options of a row, each only where it differs from PostgreSQL's default. */
function tableOptions(t: TableRow): Partial<Table> {
  // In stored order: pg_dump prints them so, and ALTER TABLE SET appends (see table-options.ts).
  const params = [...(t.options ?? []), ...(t.toast_options ?? []).map((o) => `toast.${o}`)];
  const replica: ReplicaIdentity | undefined = t.replica_identity === 'f' ? 'full' : t.replica_identity === 'n' ? 'nothing' : t.replica_identity === 'i' && t.replica_index !== null ? { index: t.replica_index } : undefined;
  return {
    ...(t.unlogged ? { unlogged: true } : {}),
    ...(params.length > 0 ? { storageParameters: params } : {}),
    ...(t.access_method !== null && t.access_method !== 'heap' ? { accessMethod: t.access_method } : {}),
    ...(replica !== undefined ? { replicaIdentity: replica } : {}),
    ...(t.parent_names !== null ? { inherits: t.parent_names.map((name, i) => ({ schema: t.parent_schemas?.[i] ?? '', name })) } : {}),
    ...(t.partition_by !== null ? { partitionBy: t.partition_by } : {}),
    ...(t.partition_bound !== null ? { partitionBound: t.partition_bound } : {}),
    ...(t.partition_indexes !== null ? { partitionIndexes: t.partition_indexes.map(([name, of]) => ({ name, of })) } : {}),
  };
}

/** `CHECK (expr) [NO INHERIT] [NOT VALID]` → `expr` (NO INHERIT and NOT VALID are read from
 * their own catalog columns). */
function checkExpression(def: string): string {
  const body = def
    .replace(/\s+NOT VALID$/, '')
    .replace(/\s+NO INHERIT$/, '')
    .replace(/^CHECK\s*/, '');
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
    ...(collation !== null ? { collation: collation[0], ...(collation[1] !== null ? { collationSchema: collation[1] } : {}) } : {}),
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

/** Records, on each inheriting table (in place in `tables`), the inherited columns whose
 * attributes differ from what its parents give them; parents first, since a child's baseline
 * is its parent's effective column. */
function withInheritedColumns(tables: Table[], rows: readonly TableRow[], inheritedRows: (oid: string) => ColumnRow[], toColumn: (r: ColumnRow, t: Table) => Column): void {
  const key = (schema: string, name: string) => `${schema}\u0000${name}`;
  const at = new Map(tables.map((t, i) => [key(t.schema, t.name), i]));
  const oids = new Map(rows.map((r) => [key(r.schema, r.name), r.oid]));
  const find = (schema: string, name: string) => {
    const i = at.get(key(schema, name));
    return i !== undefined ? tables[i] : undefined;
  };
  const done = new Set<string>();
  const resolve = (t: Table, depth: number): void => {
    const k = key(t.schema, t.name);
    if (done.has(k) || t.inherits === undefined || depth > 100) return;
    done.add(k);
    for (const p of t.inherits) {
      const parent = find(p.schema, p.name);
      if (parent !== undefined) resolve(parent, depth + 1);
    }
    const own: InheritedColumn[] = [];
    for (const r of inheritedRows(oids.get(k) ?? '')) {
      const mine = ownAttributes(t, toColumn(r, t));
      const given = inheritedBaseline(find, t, r.name);
      if (mine !== undefined && given !== undefined && changedInheritedFields(given, mine).length > 0) own.push(mine);
    }
    if (own.length > 0) tables[at.get(k)!] = { ...t, inheritedColumns: own.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
  };
  for (const t of [...tables]) resolve(t, 0);
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
  const owned = new Map<string, SequenceRow>();
  for (const sq of rows.sequences) if (sq.table_oid !== null) owned.set(`${sq.table_oid}:${sq.num}`, sq);
  // How many column defaults call nextval() of each sequence: a serial column's is its own alone.
  const uses = new Map<string, number>();
  for (const c of rows.columns) {
    const target = c.default_expr !== null && c.generated === '' ? nextvalOf(c.default_expr) : undefined;
    if (target !== undefined) uses.set(target, (uses.get(target) ?? 0) + 1);
  }
  const usesOf = (sq: SequenceRow) => uses.get(`${sq.schema}\u0000${sq.name}`) ?? 0;
  const serialOwned = new Set<string>();
  const constraints = byTable(rows.constraints);
  const indexes = byTable(rows.indexes);
  // gen's own history table is bookkeeping, not schema: listed as unmanaged, never diffed.
  const history = rows.tables.filter((t) => t.name === HISTORY_TABLE);
  const tables: Table[] = rows.tables
    .filter((t) => t.name !== HISTORY_TABLE)
    .map((t) => {
      const cons = constraints.get(t.oid) ?? [];
      const pk = cons.find((c) => c.type === 'p');
      const ofTable = (keys: readonly number[]) => named(t.oid, keys);
      const { uniques, foreignKeys, checks, exclusions } = constraintsOf(cons, t.oid, named);
      const idx = (indexes.get(t.oid) ?? []).map((i) => indexOf(i, (num) => names.get(t.oid)?.get(num) ?? '', ofTable));
      return {
        schema: t.schema,
        name: t.name,
        columns: (columns.get(t.oid) ?? [])
          .filter((c) => c.is_local)
          .map((c) => {
            const seq = owned.get(`${t.oid}:${c.num}`);
            const col = column(c, t, seq, usesOf);
            if (seq && col.type !== c.type) serialOwned.add(seq.oid);
            return col;
          }),
        ...(pk ? { primaryKey: { name: pk.name, columns: named(t.oid, pk.keys), ...keyFields(pk, ofTable) } } : {}),
        uniques,
        indexes: idx,
        foreignKeys,
        checks,
        ...(exclusions.length > 0 ? { exclusions } : {}),
        ...(t.comment !== null ? { comment: t.comment } : {}),
        ...tableOptions(t),
      };
    });
  withInheritedColumns(
    tables,
    rows.tables,
    (oid) => (columns.get(oid) ?? []).filter((c) => !c.is_local),
    (r, t) => column(r, t, undefined, usesOf),
  );
  const enums = rows.enums.map((e) => ({ schema: e.schema, name: e.name, values: e.labels, ...(e.comment !== null ? { comment: e.comment } : {}) }));
  const { sequences, unmanagedSequences } = standaloneSequences(rows, tables, names, serialOwned);
  const deps = dependenciesByHandle(rows.dependencies);
  return assemble(rows, deps, tables, enums, sequences, [...history.map((t) => ({ kind: 'gen history table', schema: t.schema, name: t.name })), ...unmanagedOf(rows, deps), ...unmanagedSequences]);
}

/** The objects gen does not manage, with what they depend on. */
function unmanagedOf(rows: CatalogRows, deps: ReadonlyMap<string, ObjectRef[]>): UnmanagedObject[] {
  return rows.unmanaged.map((u) => {
    const on = u.handle !== null ? deps.get(u.handle) : undefined;
    return { kind: u.kind, schema: u.schema, name: u.name, ...(on !== undefined ? { dependsOn: on } : {}) };
  });
}

/** The schema from its mapped parts, with the managed objects and the unmanaged list. */
function assemble(rows: CatalogRows, deps: ReadonlyMap<string, ObjectRef[]>, tables: Table[], enums: Schema['enums'], sequences: Sequence[], unmanaged: UnmanagedObject[]): { schema: Schema; unmanaged: UnmanagedObject[] } {
  const schemas = ['public', ...rows.schemas.map((s) => s.name), ...tables.map((t) => t.schema), ...enums.map((e) => e.schema), ...sequences.map((s) => s.schema)];
  const schemaComments: SchemaComment[] = rows.schemas.flatMap((s) => (s.comment === null || (s.name === 'public' && s.comment === STOCK_PUBLIC_COMMENT) ? [] : [{ name: s.name, comment: s.comment }]));
  // Attributes of managed tables (owner, tablespace, grants) occupy no schema; objects do.
  const objects = mapObjects(rows.objects, deps, rows.tables);
  const held = unmanaged.filter((u) => u.schema !== '' && !u.kind.startsWith('table ') && u.kind !== 'gen history table').map((u) => u.schema);
  return {
    schema: sortSchema({
      schemas,
      ...(schemaComments.length > 0 ? { schemaComments } : {}),
      enums,
      tables,
      ...(sequences.length > 0 ? { sequences } : {}),
      ...(held.length > 0 ? { schemasWithUnmanaged: held } : {}),
      ...(objects.length > 0 ? { objects } : {}),
    }),
    unmanaged,
  };
}

/** Standalone sequences: neither an identity column's nor a serial column's own. One owned by a
 * table gen does not manage (a partition, the history table) is listed as unmanaged. */
function standaloneSequences(rows: CatalogRows, tables: readonly Table[], names: ReadonlyMap<string, ReadonlyMap<number, string>>, serialOwned: ReadonlySet<string>) {
  const tableNames = new Map(rows.tables.map((t) => [t.oid, t]));
  const managed = new Set(tables.map((t) => `${t.schema}\u0000${t.name}`));
  const sequences: Sequence[] = [];
  const unmanagedSequences: UnmanagedObject[] = [];
  for (const sq of rows.sequences) {
    if (sq.owner === 'i' || serialOwned.has(sq.oid)) continue;
    const owner = sq.table_oid !== null ? tableNames.get(sq.table_oid) : undefined;
    const column = owner ? names.get(owner.oid)?.get(sq.num ?? 0) : undefined;
    if (sq.table_oid !== null && (!owner || column === undefined || !managed.has(`${owner.schema}\u0000${owner.name}`))) {
      if (owner?.name !== HISTORY_TABLE) unmanagedSequences.push({ kind: 'sequence', schema: sq.schema, name: sq.name });
      continue;
    }
    sequences.push(sequenceOf(sq, owner && column !== undefined ? { table: owner.name, column } : undefined));
  }
  return { sequences, unmanagedSequences };
}

/** A table's unique, foreign key, check and exclusion constraints. */
function constraintsOf(cons: readonly ConstraintRow[], oid: string, named: (oid: string, keys: readonly number[] | null) => string[]) {
  const ofTable = (keys: readonly number[] | null) => named(oid, keys);
  const uniques: Unique[] = cons.filter((c) => c.type === 'u').map((c) => ({ name: c.name, columns: ofTable(c.keys), ...(c.nulls_not_distinct === 'true' ? { nullsNotDistinct: true } : {}), ...keyFields(c, ofTable) }));
  const foreignKeys: ForeignKey[] = cons
    .filter((c) => c.type === 'f')
    .map((c) => ({
      name: c.name,
      columns: ofTable(c.keys),
      refSchema: c.ref_schema!,
      refTable: c.ref_table!,
      refColumns: c.ref_columns ?? named(c.ref_oid, c.ref_keys),
      onDelete: ACTIONS[c.on_delete] ?? 'NO ACTION',
      onUpdate: ACTIONS[c.on_update] ?? 'NO ACTION',
      deferrable: c.deferrable,
      initiallyDeferred: c.deferred,
      ...(c.validated ? {} : { notValid: true }),
      ...(c.match_type === 'f' ? { matchFull: true } : {}),
      ...(c.delete_columns && c.delete_columns.length > 0 ? { onDeleteColumns: ofTable(c.delete_columns) } : {}),
      ...(c.comment !== null ? { comment: c.comment } : {}),
    }));
  // A check the table inherits is its parent's; a column it only inherits likewise.
  const checks: Check[] = cons
    .filter((c) => c.type === 'c' && c.is_local)
    .map((c) => ({
      name: c.name,
      expression: checkExpression(c.definition ?? ''),
      ...(c.validated ? {} : { notValid: true }),
      ...(c.no_inherit ? { noInherit: true } : {}),
      ...(c.comment !== null ? { comment: c.comment } : {}),
    }));
  const exclusions: Exclusion[] = cons.filter((c) => c.type === 'x').map((c) => ({ name: c.name, definition: c.definition ?? '', ...(c.comment !== null ? { comment: c.comment } : {}) }));
  return { uniques, foreignKeys, checks, exclusions };
}

/** An index row as the model's index: key columns and expressions in order, with their sort and
 * operator class options. */
function indexOf(i: IndexRow, columnName: (num: number) => string, ofTable: (keys: readonly number[]) => string[]): Index {
  const parts: IndexPart[] = [];
  const expressions = i.expressions !== null ? splitExpressionList(i.expressions) : [];
  let e = 0;
  for (let k = 0; k < i.key_count; k++) {
    const opt = i.options[k] ?? 0;
    const descending = (opt & 1) !== 0;
    // Only a NULLS order that differs from the default (last for ASC, first for DESC) is kept.
    const nullsFirst = (opt & 2) !== 0;
    const sort = { ...(descending ? { descending: true } : {}), ...(nullsFirst !== descending ? { nullsFirst } : {}) };
    const num = i.keys[k] ?? 0;
    const extra = { ...sort, ...keyOptions(i.key_options?.[k]) };
    parts.push(num !== 0 ? { kind: 'column', name: columnName(num), ...extra } : { kind: 'expression', expression: expressions[e++] ?? '', ...extra });
  }
  return {
    name: i.name,
    unique: i.is_unique,
    method: i.method,
    parts,
    include: ofTable(i.keys.slice(i.key_count)),
    ...(i.predicate !== null ? { where: i.predicate } : {}),
    ...(i.nulls_not_distinct === 'true' ? { nullsNotDistinct: true } : {}),
    ...storage(i.storage),
    ...(i.comment !== null ? { comment: i.comment } : {}),
  };
}
