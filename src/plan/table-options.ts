/** Steps for table-level options: persistence, storage parameters, access method, replica
 * identity and parents (INHERITS). */
import type { TableField, TableRef } from '../diff/changes.js';
import { assertNever, type Table } from '../model/types.js';
import { predictedCopyName } from '../model/partition.js';
import { PRIORITY, type PlanContext, label } from './context.js';
import { key } from './keys.js';

const parentKey = (p: TableRef) => `${p.schema}\u0000${p.name}`;

/** The storage parameter changes from one `name=value` list to another. SET keeps the options
 * it does not name and appends the rest, so the stored order (which pg_dump prints) is reached
 * by resetting every old one and setting the whole target list, unless the target only appends. */
export function parameterChanges(from: readonly string[], to: readonly string[]): { set: string[]; reset: string[] } {
  const name = (p: string) => p.slice(0, p.indexOf('=') === -1 ? p.length : p.indexOf('='));
  if (from.every((p, i) => to[i] === p)) return { set: to.slice(from.length), reset: [] };
  return { set: [...to], reset: from.map(name) };
}

/** The steps of one `AlterTable` change. */
export function alterTable(ctx: PlanContext, table: TableRef, from: Table, to: Table, changed: readonly TableField[], merged: readonly string[] = []): void {
  const at = label(table);
  // ATTACH PARTITION makes a table's columns its parent's (INHERIT cannot).
  if (merged.length > 0 && to.partitionBound === undefined) {
    const message = `${at} holds ${merged.join(', ')} as its own columns; a new parent has them too, and PostgreSQL cannot make a column inherited-only: declare them in the child (they stay its own) or re-create the table`;
    ctx.add(PRIORITY.timeouts + 1, { op: 'refuse', message }, message, { existing: true });
  }
  for (const f of changed) {
    switch (f) {
      case 'unlogged': {
        const logged = to.unlogged !== true;
        // SET LOGGED writes the whole table to the WAL; SET UNLOGGED rewrites it too. A logged
        // table may not reference an unlogged one: referenced tables turn logged first, and
        // referencing ones turn unlogged first (a fraction of a priority step per level waited for).
        const depth = persistenceDepth(ctx, table, logged, new Set()) / 1000;
        ctx.add((logged ? PRIORITY.setLogged : PRIORITY.setUnlogged) + depth, { op: 'setLogged', table, logged }, `${at} becomes ${logged ? 'logged' : 'unlogged'} (rewrites the table)`, {
          hazards: ['TABLE_REWRITE', 'ACCESS_EXCLUSIVE_LOCK'],
          existing: true,
          long: true,
        });
        break;
      }
      case 'storageParameters': {
        const { set, reset } = parameterChanges(from.storageParameters ?? [], to.storageParameters ?? []);
        ctx.add(PRIORITY.alterTable, { op: 'setStorageParameters', table, set, reset }, `storage parameters of ${at}`, { existing: true });
        break;
      }
      case 'accessMethod':
        ctx.add(PRIORITY.alterTable, { op: 'setAccessMethod', table, method: to.accessMethod ?? 'heap' }, `${at} moves to access method ${to.accessMethod ?? 'heap'} (rewrites the table)`, {
          hazards: ['TABLE_REWRITE', 'ACCESS_EXCLUSIVE_LOCK'],
          existing: true,
          long: true,
        });
        break;
      case 'replicaIdentity':
        ctx.add(PRIORITY.replicaIdentity, { op: 'setReplicaIdentity', table, identity: to.replicaIdentity ?? 'default' }, `replica identity of ${at}`, { existing: true });
        break;
      case 'partitionIndexes':
        copyNames(ctx, from, to);
        break;
      case 'inherits':
      case 'partitionBound':
        if (f === 'partitionBound' && changed.includes('inherits')) break;
        if (from.partitionBound === undefined && to.partitionBound === undefined) inherits(ctx, table, from.inherits ?? [], to.inherits ?? []);
        else partitionOf(ctx, table, from, to);
        break;
      default:
        assertNever(f, 'plan');
    }
  }
}

/** How many levels of tables that change persistence the same way `table` waits for: those it
 * references (turning logged) or those that reference it (turning unlogged). */
function persistenceDepth(ctx: PlanContext, table: TableRef, logged: boolean, seen: Set<string>): number {
  const key = parentKey(table);
  if (seen.has(key)) return 0;
  seen.add(key);
  const flips = (t: TableRef) => {
    const a = ctx.from.tables.find((x) => x.schema === t.schema && x.name === t.name);
    const b = ctx.to.tables.find((x) => x.schema === t.schema && x.name === t.name);
    return a !== undefined && b !== undefined && (a.unlogged === true) === logged && (b.unlogged !== true) === logged;
  };
  let depth = 0;
  const self = ctx.to.tables.find((x) => x.schema === table.schema && x.name === table.name);
  const next: TableRef[] = logged
    ? (self?.foreignKeys ?? []).map((f) => ({ schema: f.refSchema, name: f.refTable }))
    : ctx.to.tables.filter((t) => t.foreignKeys.some((f) => f.refSchema === table.schema && f.refTable === table.name)).map((t) => ({ schema: t.schema, name: t.name }));
  for (const n of next) if (parentKey(n) !== key && flips(n)) depth = Math.max(depth, 1 + persistenceDepth(ctx, n, logged, seen));
  seen.delete(key);
  return depth;
}

/** NO INHERIT for parents that go, INHERIT for those that come. Parents keep their order: past
 * the longest common prefix, the old ones are detached and the new ones attached in order. */
function inherits(ctx: PlanContext, table: TableRef, from: readonly TableRef[], to: readonly TableRef[]): void {
  let same = 0;
  while (same < from.length && same < to.length && parentKey(from[same]!) === parentKey(to[same]!)) same++;
  for (const p of from.slice(same)) ctx.add(PRIORITY.noInherit, { op: 'noInherit', table, parent: { schema: p.schema, name: p.name } }, `${label(table)} no longer inherits from ${label(p)}`, { existing: true });
  for (const p of to.slice(same)) ctx.add(PRIORITY.inherit, { op: 'inherit', table, parent: { schema: p.schema, name: p.name } }, `${label(table)} inherits from ${label(p)}`, { hazards: ['MAY_FAIL_ON_EXISTING_DATA'], existing: true });
}

/** DETACH from the old parent, ATTACH to the new one with the new bounds (a bound cannot be
 * changed in place). ATTACH scans the table for rows outside the bounds. */
function partitionOf(ctx: PlanContext, table: TableRef, from: Table, to: Table): void {
  const oldParent = from.partitionBound !== undefined ? from.inherits?.[0] : undefined;
  const newParent = to.partitionBound !== undefined ? to.inherits?.[0] : undefined;
  if (oldParent !== undefined)
    ctx.add(PRIORITY.detachPartition, { op: 'detachPartition', table, parent: { schema: oldParent.schema, name: oldParent.name } }, `${label(table)} is no longer a partition of ${label(oldParent)}`, { existing: true });
  else inherits(ctx, table, from.inherits ?? [], []);
  if (newParent !== undefined && to.partitionBound !== undefined) {
    ctx.add(PRIORITY.inherit, { op: 'attachPartition', table, parent: { schema: newParent.schema, name: newParent.name }, bound: to.partitionBound }, `${label(table)} becomes a partition of ${label(newParent)} ${to.partitionBound}`, {
      hazards: ['MAY_FAIL_ON_EXISTING_DATA'],
      existing: true,
    });
  } else inherits(ctx, table, [], to.inherits ?? []);
}

/** Renames a partition's copies of its parent's indexes (named by PostgreSQL when it makes
 * them) to the names the target gives them. `from` is the partition as it was, if it existed. */
export function copyNames(ctx: PlanContext, from: Table | undefined, to: Table): void {
  const parentRef = to.partitionBound !== undefined ? to.inherits?.[0] : undefined;
  const parent = parentRef !== undefined ? ctx.to.tables.find((t) => t.schema === parentRef.schema && t.name === parentRef.name) : undefined;
  if (parentRef === undefined || parent === undefined) return;
  const table = { schema: to.schema, name: to.name };
  for (const c of to.partitionIndexes ?? []) {
    const was = from?.partitionIndexes?.find((x) => x.of === c.of)?.name ?? predictedCopyName(to.name, parent, c.of);
    if (was === undefined || was === c.name) continue;
    ctx.add(PRIORITY.partitionIndexName, { op: 'renameIndex', schema: to.schema, from: was, to: c.name }, `the copy of index ${c.of} on partition ${label(table)} is named ${c.name}`, {
      existing: from !== undefined,
      deps: { needs: [key.table(table), key.index(parent.schema, c.of)] },
    });
  }
}

/** The steps that give a new table what CREATE TABLE does not say: column storage and the
 * replica identity (its index exists only once the table's indexes are built). */
export function newTableOptions(ctx: PlanContext, t: Table): void {
  const table = { schema: t.schema, name: t.name };
  for (const c of t.columns) {
    if (c.storage !== undefined) ctx.add(PRIORITY.createTable, { op: 'setColumnStorage', table, column: c.name, storage: c.storage }, `storage of ${label(table, c.name)}`);
  }
  copyNames(ctx, undefined, t);
  if (t.replicaIdentity !== undefined) ctx.add(PRIORITY.replicaIdentity, { op: 'setReplicaIdentity', table, identity: t.replicaIdentity }, `replica identity of ${label(table)}`);
}
