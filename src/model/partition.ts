/** What a partition holds of its parent's keys, foreign keys and indexes. PostgreSQL copies them
 * onto every partition (the model lists them on the parent only); a partition that is detached
 * keeps the copies as its own, under the names PostgreSQL chose for them. Pure. */
import { columnsPart, expressionName, makeObjectName } from './naming.js';
import type { Index, Table } from './types.js';

/** `partition` with its parent's copies added as its own, as DETACH PARTITION leaves it. */
export function withParentCopies(partition: Table, parent: Table | undefined): Table {
  if (parent === undefined) return partition;
  const own = (name: string) => makeObjectName(partition.name, undefined, name);
  const indexName = (i: Index) => makeObjectName(partition.name, columnsPart([...i.parts.map((p) => (p.kind === 'column' ? p.name : expressionName(p.expression))), ...i.include]), 'idx');
  const pk = parent.primaryKey;
  // Comments are not copied.
  return {
    ...partition,
    ...(pk !== undefined && partition.primaryKey === undefined ? { primaryKey: { ...uncommented(pk), name: own('pkey') } } : {}),
    uniques: [...partition.uniques, ...parent.uniques.map((u) => ({ ...uncommented(u), name: makeObjectName(partition.name, columnsPart([...u.columns, ...(u.include ?? [])]), 'key') }))],
    foreignKeys: [...partition.foreignKeys, ...parent.foreignKeys.map(uncommented)],
    indexes: [...partition.indexes, ...parent.indexes.map((i) => ({ ...uncommented(i), name: indexName(i) }))],
  };
}

function uncommented<T extends { readonly comment?: string }>(x: T): T {
  const { comment: _c, ...rest } = x;
  return rest as T;
}
