/** Steps for keys, indexes, foreign keys and checks on one table. */
import type { TableRef } from '../diff/changes.js';
import { makeObjectName } from '../model/naming.js';
import type { Check, Exclusion, ForeignKey, Index, PrimaryKey, Unique } from '../model/types.js';
import { PRIORITY, type PlanContext, label } from './context.js';
import { old } from './graph.js';
import { indexColumns, key, referencedKeys } from './keys.js';

/** The unique index that backs a primary key or unique constraint. */
function backingIndex(k: PrimaryKey | Unique): Index {
  return {
    name: k.name,
    unique: true,
    method: 'btree',
    parts: k.columns.map((c) => ({ kind: 'column' as const, name: c })),
    include: k.include ?? [],
    ...('nullsNotDistinct' in k && k.nullsNotDistinct ? { nullsNotDistinct: true } : {}),
    ...(k.storageParameters !== undefined ? { storageParameters: k.storageParameters } : {}),
  };
}

/** COMMENT ON CONSTRAINT for a constraint just added, when it has one. */
export function constraintComment(ctx: PlanContext, table: TableRef, name: string, comment: string | undefined): void {
  if (comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'constraint', table, name }, text: comment }, `comment on constraint ${name} on ${label(table)}`);
}

/** EXCLUDE: no online form (an exclusion constraint cannot adopt an index built beforehand). */
export function addExclusion(ctx: PlanContext, table: TableRef, x: Exclusion): void {
  const existing = !ctx.isNew(table);
  ctx.add(
    PRIORITY.addKey,
    { op: 'addConstraint', table, constraint: { type: 'exclusion', exclusion: x }, notValid: false },
    `add exclusion constraint ${x.name} on ${label(table)}`,
    existing ? { hazards: ['BLOCKING_INDEX_BUILD', 'MAY_FAIL_ON_EXISTING_DATA'], existing, long: true } : {},
  );
  constraintComment(ctx, table, x.name, x.comment);
}

/** ALTER INDEX SET / RESET of storage parameters (`name=value` lists). */
export function alterIndexStorage(ctx: PlanContext, table: TableRef, name: string, from: readonly string[], to: readonly string[]): void {
  const key = (p: string) => p.slice(0, p.indexOf('=') === -1 ? p.length : p.indexOf('='));
  const set = to.filter((p) => !from.includes(p));
  const reset = from.map(key).filter((n) => !to.some((p) => key(p) === n));
  ctx.add(PRIORITY.alterColumn, { op: 'alterIndexStorage', schema: table.schema, name, set, reset }, `change storage parameters of index ${name} on ${label(table)} (no rebuild: they take effect for pages written from now on)`, {
    existing: true,
  });
}

/** PRIMARY KEY or UNIQUE. On a table with rows, online: build the unique index concurrently,
 * then attach it (`USING INDEX`), which takes only a brief lock. */
export function addKey(ctx: PlanContext, table: TableRef, key: { type: 'primaryKey'; primaryKey: PrimaryKey } | { type: 'unique'; unique: Unique }): void {
  const k = key.type === 'primaryKey' ? key.primaryKey : key.unique;
  const what = `${key.type === 'primaryKey' ? 'primary key' : 'unique constraint'} ${k.name} on ${label(table)}`;
  constraintComment(ctx, table, k.name, k.comment);
  if (ctx.isNew(table)) {
    ctx.add(PRIORITY.addKey, { op: 'addConstraint', table, constraint: key, notValid: false }, `add ${what}`);
    return;
  }
  if (!ctx.onlineFor(table)) {
    ctx.add(PRIORITY.addKey, { op: 'addConstraint', table, constraint: key, notValid: false }, `add ${what}`, { hazards: ['BLOCKING_INDEX_BUILD', 'MAY_FAIL_ON_EXISTING_DATA'], existing: true, long: true });
    return;
  }
  ctx.add(PRIORITY.addIndex, { op: 'createIndex', table, index: backingIndex(k), concurrently: true }, `build the index of ${what} without blocking writes`, {
    hazards: ['LONG_RUNNING', 'MAY_FAIL_ON_EXISTING_DATA'],
    transactional: false,
    existing: true,
    long: true,
  });
  ctx.add(PRIORITY.addKey, { op: 'addConstraint', table, constraint: key, notValid: false, usingIndex: k.name }, `attach ${what} to its index`, { existing: true });
}

/** Drops a primary key, unique or check constraint. */
export function dropConstraint(ctx: PlanContext, table: TableRef, name: string, what: string, indexBacked: boolean): void {
  ctx.add(PRIORITY.dropKey, { op: 'dropConstraint', table, name }, `drop ${what} ${name} on ${label(table)}`, { hazards: indexBacked ? ['INDEX_DROPPED'] : [], existing: !ctx.isNew(table) });
}

/** CREATE INDEX: concurrently on a table with rows (online), else plain. */
export function addIndex(ctx: PlanContext, table: TableRef, index: Index, priority: number = PRIORITY.addIndex): void {
  const existing = !ctx.isNew(table);
  const what = `index ${index.name} on ${label(table)}`;
  if (existing && ctx.onlineFor(table)) {
    ctx.add(priority, { op: 'createIndex', table, index, concurrently: true }, `build ${what} without blocking writes`, {
      hazards: ['LONG_RUNNING', ...(index.unique ? ['MAY_FAIL_ON_EXISTING_DATA' as const] : [])],
      transactional: false,
      existing,
      long: true,
    });
  } else {
    ctx.add(priority, { op: 'createIndex', table, index, concurrently: false }, `build ${what}`, {
      hazards: existing ? ['BLOCKING_INDEX_BUILD', ...(index.unique ? ['MAY_FAIL_ON_EXISTING_DATA' as const] : [])] : [],
      existing,
      long: existing,
    });
  }
  if (index.comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'index', schema: table.schema, name: index.name }, text: index.comment }, `comment on ${what}`);
}

/** DROP INDEX, concurrently when online; before its columns go (dropping a column silently
 * drops its indexes, and this DROP INDEX would then fail). */
export function dropIndex(ctx: PlanContext, table: TableRef, index: Index, priority: number = PRIORITY.dropKey): void {
  const deps = { needs: indexColumns(table, index).map(old) };
  const online = ctx.onlineFor(table);
  ctx.add(priority, { op: 'dropIndex', schema: table.schema, name: index.name, concurrently: online }, `drop index ${index.name} on ${label(table)}`, { hazards: ['INDEX_DROPPED'], transactional: !online, existing: true, deps });
}

/** A changed index under the same name. Online: the new one is built under a temporary name
 * before the old one is dropped, so queries always have an index; then it takes the name. */
export function replaceIndex(ctx: PlanContext, table: TableRef, from: Index, to: Index): void {
  if (!ctx.onlineFor(table)) {
    dropIndex(ctx, table, from);
    addIndex(ctx, table, to);
    return;
  }
  const temp = makeObjectName(to.name, undefined, 'gen_new');
  addIndex(ctx, table, { ...to, name: temp, comment: undefined } as Index);
  dropIndex(ctx, table, from, PRIORITY.replaceIndexDrop);
  // It needs the index built under the temporary name, which it drops (by renaming it).
  ctx.add(PRIORITY.replaceIndexRename, { op: 'renameIndex', schema: table.schema, from: temp, to: to.name }, `the new index takes the name ${to.name}`, { existing: true, deps: { needs: [key.index(table.schema, temp)] } });
  if (to.comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'index', schema: table.schema, name: to.name }, text: to.comment }, `comment on index ${to.name}`);
}

/** FOREIGN KEY or CHECK. On a table with rows, online: added NOT VALID (a brief lock, no scan),
 * then validated in its own transaction, which scans without blocking writes. */
export function addValidated(ctx: PlanContext, table: TableRef, c: { type: 'foreignKey'; foreignKey: ForeignKey } | { type: 'check'; check: Check }): void {
  const name = c.type === 'foreignKey' ? c.foreignKey.name : c.check.name;
  const priority = c.type === 'foreignKey' ? PRIORITY.addForeignKey : PRIORITY.addCheck;
  const what = `${c.type === 'foreignKey' ? 'foreign key' : 'check'} ${name} on ${label(table)}`;
  // A foreign key leans on a key of the referenced table: after that key is added.
  const deps = { needs: c.type === 'foreignKey' ? referencedKeys(ctx.to, c.foreignKey) : [] };
  const keepsNotValid = (c.type === 'foreignKey' ? c.foreignKey.notValid : c.check.notValid) === true;
  const constraint = c.type === 'foreignKey' ? { type: c.type, foreignKey: { ...c.foreignKey, notValid: undefined } } : { type: c.type, check: { ...c.check, notValid: undefined } };
  constraintComment(ctx, table, name, c.type === 'foreignKey' ? c.foreignKey.comment : c.check.comment);
  if (ctx.isNew(table)) {
    ctx.add(priority, { op: 'addConstraint', table, constraint, notValid: keepsNotValid }, `add ${what}`, { deps });
    return;
  }
  if (!ctx.onlineFor(table) || keepsNotValid) {
    ctx.add(priority, { op: 'addConstraint', table, constraint, notValid: keepsNotValid }, `add ${what}`, { hazards: keepsNotValid ? [] : ['MAY_FAIL_ON_EXISTING_DATA'], existing: true, long: !keepsNotValid, deps });
    return;
  }
  ctx.add(priority, { op: 'addConstraint', table, constraint, notValid: true }, `add ${what} without checking existing rows`, { existing: true, deps });
  validate(ctx, table, name);
}

/** VALIDATE CONSTRAINT, in a transaction of its own (SHARE UPDATE EXCLUSIVE: writes go on). */
export function validate(ctx: PlanContext, table: TableRef, name: string): void {
  ctx.add(PRIORITY.validate, { op: 'validateConstraint', table, name }, `validate ${name} on ${label(table)} against existing rows`, { hazards: ['LONG_RUNNING', 'MAY_FAIL_ON_EXISTING_DATA'], isolate: true, existing: true, long: true });
}
