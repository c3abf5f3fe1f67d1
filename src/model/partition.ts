/** What a partition holds of its parent's keys, foreign keys and indexes. PostgreSQL copies them
 * onto every partition (the model lists them on the parent only); a partition that is detached
 * keeps the copies as its own, under the names PostgreSQL chose for them. Pure. */
import { columnsPart, expressionName, makeObjectName } from './naming.js';
import type { Table } from './types.js';

/** The name PostgreSQL gives the copy of the parent's index (or key) `of` on `partition` when it
 * creates it (`ChooseIndexName`, before any number it appends on a clash). */
export function predictedCopyName(partition: string, parent: Table, of: string): string | undefined {
  if (parent.primaryKey?.name === of) return makeObjectName(partition, undefined, 'pkey');
  const u = parent.uniques.find((x) => x.name === of);
  if (u !== undefined) return makeObjectName(partition, columnsPart([...u.columns, ...(u.include ?? [])]), 'key');
  const i = parent.indexes.find((x) => x.name === of);
  if (i !== undefined) return makeObjectName(partition, columnsPart([...i.parts.map((p) => (p.kind === 'column' ? p.name : expressionName(p.expression))), ...i.include]), 'idx');
  return undefined;
}

/** The name of the copy of `of` on `partition`: as read from the database, else as predicted. */
export function copyName(partition: Table, parent: Table, of: string): string {
  return partition.partitionIndexes?.find((x) => x.of === of)?.name ?? predictedCopyName(partition.name, parent, of) ?? of;
}

/** `partition` with its parent's copies added as its own, as DETACH PARTITION leaves it. */
export function withParentCopies(partition: Table, parent: Table | undefined): Table {
  if (parent === undefined) return partition;
  const pk = parent.primaryKey;
  const named = <T extends { readonly name: string; readonly comment?: string }>(x: T): T => ({ ...uncommented(x), name: copyName(partition, parent, x.name) });
  // Comments are not copied; foreign keys keep their names.
  const { partitionIndexes: _copies, ...rest } = partition;
  return {
    ...rest,
    ...(pk !== undefined && partition.primaryKey === undefined ? { primaryKey: named(pk) } : {}),
    uniques: [...partition.uniques, ...parent.uniques.map(named)],
    foreignKeys: [...partition.foreignKeys, ...parent.foreignKeys.map(uncommented)],
    indexes: [...partition.indexes, ...parent.indexes.map(named)],
  };
}

function uncommented<T extends { readonly comment?: string }>(x: T): T {
  const { comment: _c, ...rest } = x;
  return rest as T;
}
