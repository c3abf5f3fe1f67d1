/** Renames of constraints and indexes. A new name that another renamed object still holds (two
 * names swapped, or a chain) cannot be taken directly: such a rename goes through a temporary
 * name first and takes its final name once every old name is free. */
import type { Change, TableRef } from '../diff/changes.js';
import { makeObjectName } from '../model/naming.js';
import type { Schema } from '../model/types.js';
import { PRIORITY, type PlanContext, label } from './context.js';
import { key } from './keys.js';

/** Names that renames give up: indexes per schema, constraints per table. */
export interface BusyNames {
  readonly indexes: ReadonlySet<string>;
  readonly constraints: ReadonlySet<string>;
}

const idx = (schema: string, name: string) => `${schema}\u0000${name}`;
const con = (t: TableRef, name: string) => `${t.schema}\u0000${t.name}\u0000${name}`;

/** True when the constraint (by its target name) has an index of the same name. */
function indexBacked(to: Schema, t: TableRef, name: string): boolean {
  const table = to.tables.find((x) => x.schema === t.schema && x.name === t.name);
  return !!table && (table.primaryKey?.name === name || table.uniques.some((u) => u.name === name) || (table.exclusions ?? []).some((x) => x.name === name));
}

/** The old names of every renamed constraint and index. */
export function busyNames(changes: readonly Change[], to: Schema): BusyNames {
  const indexes = new Set<string>();
  const constraints = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'RenameIndex') indexes.add(idx(c.table.schema, c.from));
    if (c.kind === 'RenameConstraint') {
      constraints.add(con(c.table, c.from));
      if (indexBacked(to, c.table, c.to)) indexes.add(idx(c.table.schema, c.from));
    }
  }
  return { indexes, constraints };
}

/** RENAME CONSTRAINT, through a temporary name when the new one is still taken. */
export function renameConstraint(ctx: PlanContext, c: Extract<Change, { kind: 'RenameConstraint' }>, busy: BusyNames): void {
  const why = `rename constraint ${c.from} on ${label(c.table)} to ${c.to}`;
  const taken = busy.constraints.has(con(c.table, c.to)) || (indexBacked(ctx.to, c.table, c.to) && busy.indexes.has(idx(c.table.schema, c.to)));
  if (!taken) {
    ctx.add(PRIORITY.rename, { op: 'renameConstraint', table: c.table, from: c.from, to: c.to }, why, { existing: true });
    return;
  }
  const temp = makeObjectName(c.to, undefined, 'gen_swap');
  ctx.add(PRIORITY.rename, { op: 'renameConstraint', table: c.table, from: c.from, to: temp }, `${why} (through ${temp}: the name is still taken)`, { existing: true });
  // Needs the temporary name it gives up: after the first rename took it.
  ctx.add(PRIORITY.renameSwap, { op: 'renameConstraint', table: c.table, from: temp, to: c.to }, why, { existing: true, deps: { needs: [key.constraint(c.table, temp)] } });
}

/** ALTER INDEX RENAME, through a temporary name when the new one is still taken. */
export function renameIndex(ctx: PlanContext, c: Extract<Change, { kind: 'RenameIndex' }>, busy: BusyNames): void {
  const why = `rename index ${c.from} to ${c.to}`;
  const schema = c.table.schema;
  if (!busy.indexes.has(idx(schema, c.to))) {
    ctx.add(PRIORITY.rename, { op: 'renameIndex', schema, from: c.from, to: c.to }, why, { existing: true });
    return;
  }
  const temp = makeObjectName(c.to, undefined, 'gen_swap');
  ctx.add(PRIORITY.rename, { op: 'renameIndex', schema, from: c.from, to: temp }, `${why} (through ${temp}: the name is still taken)`, { existing: true });
  ctx.add(PRIORITY.renameSwap, { op: 'renameIndex', schema, from: temp, to: c.to }, why, { existing: true, deps: { needs: [key.index(schema, temp)] } });
}
