/** Steps for created and dropped tables. New tables are created in foreign-key order so that
 * their references can be written inline; a reference that closes a cycle, or that points at an
 * existing table (whose key may itself be added by this plan), is added after all tables exist. */
import type { TableRef } from '../diff/changes.js';
import type { ForeignKey, PrimaryKey, Table } from '../model/types.js';
import { PRIORITY, type PlanContext, label } from './context.js';
import { MinHeap, old } from './graph.js';
import { defined, key, nextvalKey, ownedSequence, referencedKeys } from './keys.js';
import { addIndex, constraintComment } from './key-steps.js';
import { newTableOptions } from './table-options.js';

/** What CREATE TABLE compares to find a repeated key (transformIndexConstraints). */
const keyShape = (k: PrimaryKey, nullsNotDistinct: boolean) => JSON.stringify([k.columns, nullsNotDistinct, k.include ?? [], k.deferrable === true, k.initiallyDeferred === true]);

const k = (schema: string, name: string) => `${schema}\u0000${name}`;

/** Orders new tables so that referenced tables come first (stable: by name among equals): each
 * step takes the earliest table whose referenced tables are all placed, or on a cycle the earliest
 * remaining one. Kahn's algorithm with a heap of ready tables by input position: O((N + E) log N)
 * (picking by a scan of the remaining tables was quadratic on 10,000 tables). */
export function creationOrder(tables: readonly Table[]): Table[] {
  const index = new Map<string, number>();
  for (const [i, t] of tables.entries()) index.set(k(t.schema, t.name), i);
  const waiting = new Int32Array(tables.length); // referenced tables not yet placed
  const dependents: number[][] = tables.map(() => []);
  tables.forEach((t, i) => {
    const targets = new Set<number>();
    // Parents (INHERITS) come first as referenced tables do.
    for (const r of [...t.foreignKeys.map((f) => ({ schema: f.refSchema, name: f.refTable })), ...(t.inherits ?? [])]) {
      const target = index.get(k(r.schema, r.name));
      if (target !== undefined && target !== i) targets.add(target);
    }
    waiting[i] = targets.size;
    for (const target of targets) dependents[target]!.push(i);
  });
  const ready = new MinHeap();
  for (let i = 0; i < tables.length; i++) if (waiting[i] === 0) ready.push(i);
  const done = new Uint8Array(tables.length);
  const out: Table[] = [];
  let first = 0; // every table before it is placed
  while (out.length < tables.length) {
    let i = ready.pop();
    while (i !== undefined && done[i]) i = ready.pop();
    if (i === undefined) {
      // A cycle: take the first remaining table; its references into the cycle are added later.
      while (done[first]) first++;
      i = first;
    }
    done[i] = 1;
    out.push(tables[i]!);
    for (const d of dependents[i]!) if (--waiting[d]! === 0 && !done[d]) ready.push(d);
  }
  return out;
}

/** CREATE TABLE for every new table, then their indexes, deferred references and comments. */
export function createTables(ctx: PlanContext, tables: readonly Table[]): void {
  const created = new Set<string>();
  const deferred: { table: TableRef; fk: ForeignKey }[] = [];
  for (const t of creationOrder(tables)) {
    const ref = { schema: t.schema, name: t.name };
    const self = k(t.schema, t.name);
    const inline: ForeignKey[] = [];
    for (const f of t.foreignKeys) {
      const target = k(f.refSchema, f.refTable);
      if (target === self || created.has(target)) inline.push(f);
      else deferred.push({ table: ref, fk: f });
    }
    created.add(self);
    // CREATE TABLE silently drops a UNIQUE that repeats the primary key or an earlier UNIQUE
    // (transformIndexConstraints); such a constraint is added by ALTER TABLE, which keeps it.
    const seen = new Set<string>(t.primaryKey ? [keyShape(t.primaryKey, false)] : []);
    const inlineUniques = [];
    const laterUniques = [];
    for (const u of t.uniques) {
      const key = keyShape(u, u.nullsNotDistinct === true);
      if (seen.has(key)) laterUniques.push(u);
      else inlineUniques.push(u);
      seen.add(key);
    }
    ctx.add(PRIORITY.createTable, { op: 'createTable', table: { ...t, uniques: inlineUniques }, foreignKeys: inline }, `create table ${label(ref)}`);
    for (const u of laterUniques) ctx.add(PRIORITY.createTable, { op: 'addConstraint', table: ref, constraint: { type: 'unique', unique: u }, notValid: false }, `add unique constraint ${u.name} on ${label(ref)}`);
    for (const ix of t.indexes) addIndex(ctx, ref, ix, PRIORITY.createTable);
    newTableOptions(ctx, t);
    if (t.comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'table', table: ref }, text: t.comment }, `comment on ${label(ref)}`);
    for (const c of t.columns) {
      if (c.comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'column', table: ref, column: c.name }, text: c.comment }, `comment on ${label(ref, c.name)}`);
    }
    for (const c of [...(t.primaryKey ? [t.primaryKey] : []), ...t.uniques, ...t.checks, ...t.foreignKeys, ...(t.exclusions ?? [])]) constraintComment(ctx, ref, c.name, c.comment);
  }
  // The cycle between new tables that reference each other is broken here: such a reference is
  // its own step, which needs both tables (and the referenced key), not part of CREATE TABLE.
  for (const { table, fk } of deferred) {
    ctx.add(PRIORITY.addForeignKey, { op: 'addConstraint', table, constraint: { type: 'foreignKey', foreignKey: { ...fk, notValid: undefined } }, notValid: fk.notValid === true }, `add foreign key ${fk.name} on ${label(table)}`, {
      deps: { needs: referencedKeys(ctx.to, fk) },
    });
  }
}

/** Tables ordered so that every child comes before its parents. */
function childrenFirst(tables: readonly Table[]): Table[] {
  const byKey = new Map(tables.map((t) => [k(t.schema, t.name), t]));
  return creationOrder(tables.map((t) => ({ ...t, foreignKeys: [] })))
    .reverse()
    .map((x) => byKey.get(k(x.schema, x.name))!);
}

/** DROP TABLE for every dropped table. Their references to other tables go first: then any
 * order of drops works (cycles included), and a key they point at may change or go before the
 * table itself is dropped at the end. */
export function dropTables(ctx: PlanContext, tables: readonly Table[], recreated: ReadonlyMap<Table, string> = new Map()): void {
  // Children before their parents: a parent with children cannot be dropped without CASCADE.
  for (const t of tables.some((x) => x.inherits !== undefined) ? childrenFirst(tables) : tables) {
    const ref = { schema: t.schema, name: t.name };
    const again = recreated.get(t);
    // A table created again under its name keeps its foreign keys until DROP TABLE takes them
    // (a step on its name would be ordered after the new table): the keys they use wait for it.
    const referenced = again !== undefined ? t.foreignKeys.flatMap((f) => referencedKeys(ctx.from, f)) : [];
    for (const f of again === undefined ? t.foreignKeys : []) {
      if (k(f.refSchema, f.refTable) !== k(t.schema, t.name)) {
        ctx.add(PRIORITY.dropForeignKey, { op: 'dropConstraint', table: ref, name: f.name }, `drop foreign key ${f.name} of dropped table ${label(ref)}`, { existing: true, deps: { needs: referencedKeys(ctx.from, f).map(old) } });
      }
    }
    // Before its parents, the enums its columns hold and the sequences its defaults call go.
    const needs = [...(t.inherits ?? []).map((p) => key.table(p)), ...defined(t.columns.flatMap((c) => [ctx.oldTypeKey(c.type), nextvalKey(c.default)])), ...referenced].map(old);
    // The sequences it owns go with it: a sequence created under one of their names waits.
    const owned = [...defined(t.columns.map((c) => ownedSequence(ref, c))), ...(ctx.from.sequences ?? []).filter((s) => s.schema === t.schema && s.ownedBy?.table === t.name).map((s) => key.sequence(s.schema, s.name))];
    ctx.add(PRIORITY.dropTable, { op: 'dropTable', table: ref }, `drop table ${label(ref)} and all its rows${again !== undefined ? `, to create it again (${again})` : ''}`, {
      hazards: ['DELETES_DATA', 'BREAKS_CLIENTS', 'ACCESS_EXCLUSIVE_LOCK'],
      existing: true,
      deps: { needs, drops: owned },
    });
  }
}
