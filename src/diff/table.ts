/** The changes inside one table that exists on both sides (after renames). */
import { sameOptions } from '../model/sequence.js';
import { makeObjectName } from '../model/naming.js';
import { canonicalJson } from '../model/schema.js';
import { withParentCopies } from '../model/partition.js';
import type { Check, Column, ForeignKey, Index, Table } from '../model/types.js';
import { COLUMN_FIELDS, TABLE_FIELDS, type Change, type ColumnField, type TableField, type TableRef } from './changes.js';
import { sameDeferrability, sameForeignKey, sameIndex, sameKey, sameStorage, sameUnique } from './equal.js';
import { definitionKey, matchByName } from './keyed.js';

/** The fields of `a` and `b` that differ. */
export function changedFields(a: Column, b: Column): ColumnField[] {
  // Identity options are compared by value; the sequence's name is RenameSequence's business.
  // STORED and VIRTUAL are two kinds of one generated column.
  return COLUMN_FIELDS.filter((f) =>
    f === 'identityOptions' ? !sameOptions(a.identityOptions, b.identityOptions) : a[f] !== b[f] || (f === 'generated' && (a.virtual === true) !== (b.virtual === true)) || (f === 'collation' && a.collationSchema !== b.collationSchema),
  );
}

/** The table-level fields of `a` and `b` that differ. */
export function changedTableFields(a: Table, b: Table): TableField[] {
  return TABLE_FIELDS.filter((f) => (f === 'unlogged' ? (a.unlogged === true) !== (b.unlogged === true) : canonicalJson(a[f] ?? null) !== canonicalJson(b[f] ?? null)));
}

/** A NOT VALID constraint that the target has validated. */
const validity = (from: { notValid?: boolean }, to: { notValid?: boolean }) => from.notValid === true && to.notValid !== true;
/** A validated constraint that the target has NOT VALID. */
const unvalidated = (from: { notValid?: boolean }, to: { notValid?: boolean }) => from.notValid !== true && to.notValid === true;

const fkKey = (f: ForeignKey) => definitionKey(f, ['notValid', 'comment']);
const indexKey = (i: Index) => definitionKey(i, ['comment', 'storageParameters']);
const keyKey = <T extends { readonly name: string }>(k: T) => definitionKey(k, ['comment', 'storageParameters']);
const checkKey = (c: Check) => canonicalJson([c.expression, c.noInherit === true]);

/** Changes between two versions of a table; `from` already carries the declared renames.
 * `fromTable` finds a table of the source schema (the parents of `from`). */
export function diffTable(fromGiven: Table, toGiven: Table, fromTable: (schema: string, name: string) => Table | undefined = () => undefined, toTable: (schema: string, name: string) => Table | undefined = () => undefined): Change[] {
  const table: TableRef = { schema: toGiven.schema, name: toGiven.name };
  const { from, to } = attached(detached(fromGiven, toGiven, fromTable, toTable), toTable);
  const out: Change[] = [];
  if (from.comment !== to.comment) out.push({ kind: 'AlterTableComment', table, ...(from.comment !== undefined ? { from: from.comment } : {}), ...(to.comment !== undefined ? { to: to.comment } : {}) });
  const oldParents = new Set((from.inherits ?? []).map((p) => `${p.schema}\u0000${p.name}`));
  const fromParentColumns = new Set((to.inherits ?? []).filter((p) => !oldParents.has(`${p.schema}\u0000${p.name}`)).flatMap((p) => (toTable(p.schema, p.name)?.columns ?? []).map((c) => c.name)));
  const merged = from.columns.filter((c) => fromParentColumns.has(c.name) && !to.columns.some((t) => t.name === c.name)).map((c) => c.name);
  const tableFields = changedTableFields(from, to);
  if (tableFields.length > 0) out.push({ kind: 'AlterTable', table, from, to, changed: tableFields, ...(merged.length > 0 ? { merged } : {}) });

  const keptParents = new Set((to.inherits ?? []).map((p) => `${p.schema}\u0000${p.name}`));
  out.push(...columnChanges(table, from, to, merged, keptParents, fromTable), ...attachColumns(table, from, to, merged, toTable));
  out.push(...keyChanges(table, from, to), ...indexChanges(table, from, to), ...exclusionChanges(table, from, to));
  out.push(...foreignKeyChanges(table, from, to), ...checkChanges(table, from, to, keptParents, fromTable));
  return out;
}

type TableLookup = (schema: string, name: string) => Table | undefined;

/** The parent a table is attached to as a partition by this diff, if any. */
function newPartitionParent(from: Table, to: Table, toTable: TableLookup): Table | undefined {
  const p = to.partitionBound !== undefined ? to.inherits?.[0] : undefined;
  if (p === undefined) return undefined;
  const was = from.partitionBound !== undefined ? from.inherits?.[0] : undefined;
  if (was?.schema === p.schema && was.name === p.name && from.partitionBound === to.partitionBound) return undefined;
  return toTable(p.schema, p.name);
}

/** ATTACH PARTITION wants the table to hold its parent's checks (by name) and NOT NULLs already,
 * and makes them the parent's: the table keeps, or gets before, the checks its new parent has. */
function attached(pair: { from: Table; to: Table }, toTable: TableLookup): { from: Table; to: Table } {
  const parent = newPartitionParent(pair.from, pair.to, toTable);
  if (parent === undefined) return pair;
  const own = new Set(pair.to.checks.map((c) => c.name));
  const given = parent.checks.filter((c) => !c.noInherit && !own.has(c.name)).map(({ comment: _c, ...c }) => c);
  return given.length === 0 ? pair : { from: pair.from, to: { ...pair.to, checks: [...pair.to.checks, ...given] } };
}

/** The columns a table brings to its new parent, made NOT NULL and of the type where the parent
 * says so (before ATTACH PARTITION, which refuses them otherwise). */
function attachColumns(table: TableRef, from: Table, to: Table, merged: readonly string[], toTable: TableLookup): Change[] {
  const parent = newPartitionParent(from, to, toTable);
  if (parent === undefined) return [];
  return from.columns.flatMap((c): Change[] => {
    const p = parent.columns.find((x) => x.name === c.name);
    if (p === undefined || !merged.includes(c.name)) return [];
    const want: Column = { ...c, type: p.type, nullable: c.nullable && p.nullable };
    const changed = changedFields(c, want);
    return changed.length > 0 ? [{ kind: 'AlterColumn', table, from: c, to: want, changed }] : [];
  });
}

/** A partition that leaves its parent holds the parent's keys, foreign keys and indexes as its
 * own from then on (DETACH PARTITION runs before the table's other steps); attached again (new
 * bounds or parent), it gives back those that match the new parent's. */
function detached(from: Table, to: Table, fromTable: TableLookup, toTable: TableLookup): { from: Table; to: Table } {
  const parent = from.partitionBound !== undefined ? from.inherits?.[0] : undefined;
  if (parent === undefined) return { from, to };
  const newParent = to.partitionBound !== undefined ? to.inherits?.[0] : undefined;
  if (newParent?.schema === parent.schema && newParent.name === parent.name && to.partitionBound === from.partitionBound) return { from, to };
  return { from: withParentCopies(from, fromTable(parent.schema, parent.name)), to: newParent !== undefined ? withParentCopies(to, toTable(newParent.schema, newParent.name)) : to };
}

/** Columns: dropped, added (or altered, when a dropped parent left one of that name), altered. */
function columnChanges(table: TableRef, from: Table, to: Table, merged: readonly string[], keptParents: ReadonlySet<string>, fromTable: TableLookup): Change[] {
  const out: Change[] = [];
  // NO INHERIT leaves the columns a dropped parent gave the table in place, as its own: a target
  // column of that name is then an altered column, not an added one.
  const leftBehind = new Map<string, Column>();
  for (const p of from.inherits ?? []) {
    if (keptParents.has(`${p.schema}\u0000${p.name}`)) continue;
    for (const c of fromTable(p.schema, p.name)?.columns ?? []) if (!leftBehind.has(c.name)) leftBehind.set(c.name, inheritedCopy(c, p.name, to.name));
  }
  const cols = matchByName(from.columns, to.columns);
  for (const c of cols.dropped) if (!merged.includes(c.name)) out.push({ kind: 'DropColumn', table, column: c });
  for (const c of cols.added) {
    const left = leftBehind.get(c.name);
    if (left === undefined) out.push({ kind: 'AddColumn', table, column: c });
    else {
      const changed = changedFields(left, c);
      if (changed.length > 0) out.push({ kind: 'AlterColumn', table, from: left, to: c, changed });
    }
  }
  for (const [a, b] of cols.same) {
    const changed = changedFields(a, b);
    if (changed.length > 0) out.push({ kind: 'AlterColumn', table, from: a, to: b, changed });
  }

  return out;
}

/** The primary key and unique constraints. */
function keyChanges(table: TableRef, from: Table, to: Table): Change[] {
  const out: Change[] = [];
  const pkFrom = from.primaryKey;
  const pkTo = to.primaryKey;
  if (pkFrom && pkTo && sameKey(pkFrom, pkTo)) {
    if (pkFrom.name !== pkTo.name) out.push({ kind: 'RenameConstraint', table, from: pkFrom.name, to: pkTo.name });
    out.push(...keyExtras(table, pkFrom, pkTo));
  } else {
    if (pkFrom) out.push({ kind: 'DropPrimaryKey', table, primaryKey: pkFrom });
    if (pkTo) out.push({ kind: 'AddPrimaryKey', table, primaryKey: pkTo });
  }

  const uq = matchByName(from.uniques, to.uniques, keyKey);
  for (const [a, b] of uq.same) {
    if (sameUnique(a, b)) out.push(...keyExtras(table, a, b));
    else out.push({ kind: 'DropUnique', table, unique: a }, { kind: 'AddUnique', table, unique: b });
  }
  for (const [a, b] of uq.renamed) out.push({ kind: 'RenameConstraint', table, from: a.name, to: b.name }, ...keyExtras(table, a, b));
  for (const u of uq.dropped) out.push({ kind: 'DropUnique', table, unique: u });
  for (const u of uq.added) out.push({ kind: 'AddUnique', table, unique: u });

  return out;
}

/** Indexes: replaced, renamed, storage and comments, dropped, added. */
function indexChanges(table: TableRef, from: Table, to: Table): Change[] {
  const out: Change[] = [];
  const ix = matchByName(from.indexes, to.indexes, indexKey);
  for (const [a, b] of ix.same) {
    if (!sameIndex(a, b)) {
      out.push({ kind: 'ReplaceIndex', table, from: a, to: b });
      continue;
    }
    if (!sameStorage(a, b)) out.push(indexStorage(table, b.name, a, b));
    if (a.comment !== b.comment) out.push(indexComment(table, b, a.comment, b.comment));
  }
  for (const [a, b] of ix.renamed) {
    out.push({ kind: 'RenameIndex', table, from: a.name, to: b.name });
    if (!sameStorage(a, b)) out.push(indexStorage(table, b.name, a, b));
    if (a.comment !== b.comment) out.push(indexComment(table, b, a.comment, b.comment));
  }
  for (const i of ix.dropped) out.push({ kind: 'DropIndex', table, index: i });
  for (const i of ix.added) out.push({ kind: 'AddIndex', table, index: i });

  return out;
}

/** Exclusion constraints. */
function exclusionChanges(table: TableRef, from: Table, to: Table): Change[] {
  const out: Change[] = [];
  const ex = matchByName(from.exclusions ?? [], to.exclusions ?? [], (x) => x.definition);
  for (const [a, b] of ex.same) {
    if (a.definition !== b.definition) out.push({ kind: 'DropExclusion', table, exclusion: a }, { kind: 'AddExclusion', table, exclusion: b });
    else out.push(...constraintComment(table, a, b));
  }
  for (const [a, b] of ex.renamed) out.push({ kind: 'RenameConstraint', table, from: a.name, to: b.name }, ...constraintComment(table, a, b));
  for (const x of ex.dropped) out.push({ kind: 'DropExclusion', table, exclusion: x });
  for (const x of ex.added) out.push({ kind: 'AddExclusion', table, exclusion: x });

  return out;
}

/** Foreign keys: validation, deferrability and comments of kept ones. */
function foreignKeyChanges(table: TableRef, from: Table, to: Table): Change[] {
  const out: Change[] = [];
  const fkExtras = (a: ForeignKey, b: ForeignKey): Change[] => [...(sameDeferrability(a, b) ? [] : [{ kind: 'AlterForeignKeyDeferrable' as const, table, foreignKey: b }]), ...constraintComment(table, a, b)];
  out.push(...validatedConstraints(table, from.foreignKeys, to.foreignKeys, fkKey, sameForeignKey, (foreignKey, add) => (add ? { kind: 'AddForeignKey', table, foreignKey } : { kind: 'DropForeignKey', table, foreignKey }), fkExtras));
  return out;
}

/** Checks, with those a dropped parent leaves on the table counted as the table's own. */
function checkChanges(table: TableRef, from: Table, to: Table, keptParents: ReadonlySet<string>, fromTable: TableLookup): Change[] {
  const out: Change[] = [];
  // A dropped parent's inheritable checks stay on the table too, as its own.
  const ownChecks = new Set(from.checks.map((c) => c.name));
  const leftChecks = new Set<string>();
  for (const p of from.inherits ?? []) {
    if (keptParents.has(`${p.schema}\u0000${p.name}`)) continue;
    for (const c of fromTable(p.schema, p.name)?.checks ?? []) if (!c.noInherit && !ownChecks.has(c.name) && !leftChecks.has(c.name)) leftChecks.add(c.name);
  }
  const fromChecks = [...from.checks, ...(from.inherits ?? []).flatMap((p) => (fromTable(p.schema, p.name)?.checks ?? []).filter((c) => leftChecks.has(c.name)))];
  const checks = validatedConstraints(
    table,
    [...new Map(fromChecks.map((c) => [c.name, c])).values()],
    to.checks,
    checkKey,
    (a, b) => checkKey(a) === checkKey(b),
    (check, add) => (add ? { kind: 'AddCheck', table, check } : { kind: 'DropCheck', table, check }),
    (a, b) => constraintComment(table, a, b),
  );
  out.push(...checks.map((c): Change => ((c.kind === 'DropCheck' && leftChecks.has(c.check.name)) || (c.kind === 'RenameConstraint' && leftChecks.has(c.from)) ? { ...c, leftByParent: true } : c)));
  return out;
}

/** A kept primary key or unique: its index's storage parameters and its comment. */
function keyExtras(table: TableRef, a: { name: string; storageParameters?: readonly string[]; comment?: string }, b: { name: string; storageParameters?: readonly string[]; comment?: string }): Change[] {
  return [...(sameStorage(a, b) ? [] : [indexStorage(table, b.name, a, b)]), ...constraintComment(table, a, b)];
}

function indexStorage(table: TableRef, name: string, a: { storageParameters?: readonly string[] }, b: { storageParameters?: readonly string[] }): Change {
  return { kind: 'AlterIndexStorage', table, name, ...(a.storageParameters !== undefined ? { from: a.storageParameters } : {}), ...(b.storageParameters !== undefined ? { to: b.storageParameters } : {}) };
}

/** The comment change of a kept constraint (under `b`'s name), if any. */
function constraintComment(table: TableRef, a: { comment?: string }, b: { name: string; comment?: string }): Change[] {
  if (a.comment === b.comment) return [];
  return [{ kind: 'AlterConstraintComment', table, name: b.name, ...(a.comment !== undefined ? { from: a.comment } : {}), ...(b.comment !== undefined ? { to: b.comment } : {}) }];
}

/** Foreign keys or checks: a changed definition is a drop and an add, an unchanged one under a
 * new name a rename, and a NOT VALID one that the target has valid is validated; `extras` are
 * the in-place changes of a kept one (deferrability, comment). */
function validatedConstraints<T extends { readonly name: string; readonly notValid?: boolean }>(
  table: TableRef,
  from: readonly T[],
  to: readonly T[],
  key: (x: T) => string,
  same: (a: T, b: T) => boolean,
  change: (x: T, add: boolean) => Change,
  extras: (a: T, b: T) => Change[],
): Change[] {
  const out: Change[] = [];
  const m = matchByName(from, to, key);
  for (const [a, b] of m.same) {
    // PostgreSQL cannot mark a validated constraint NOT VALID again: it is dropped and added
    // back NOT VALID (no scan), so the target's catalog is matched exactly.
    if (!same(a, b) || unvalidated(a, b)) {
      out.push(change(a, false), change(b, true));
      continue;
    }
    out.push(...extras(a, b));
    if (validity(a, b)) out.push({ kind: 'ValidateConstraint', table, name: b.name });
  }
  for (const [a, b] of m.renamed) {
    if (unvalidated(a, b)) {
      out.push(change(a, false), change(b, true));
      continue;
    }
    out.push({ kind: 'RenameConstraint', table, from: a.name, to: b.name }, ...extras(a, b));
    if (validity(a, b)) out.push({ kind: 'ValidateConstraint', table, name: b.name });
  }
  for (const x of m.dropped) out.push(change(x, false));
  for (const x of m.added) out.push(change(x, true));
  return out;
}

/** A parent's column as the child holds it: type, default, NOT NULL, generation, storage and
 * compression are copied; identity and the comment are not. PostgreSQL 18 gives the child's NOT
 * NULL constraint the parent's name (the plan renames it only where it exists). */
function inheritedCopy(c: Column, parent: string, child: string): Column {
  const { identity: _i, comment: _c, notNullName: _n, ...rest } = c;
  const name = c.nullable ? undefined : (c.notNullName ?? makeObjectName(parent, c.name, 'not_null'));
  return { ...rest, ...(name !== undefined && name !== makeObjectName(child, c.name, 'not_null') ? { notNullName: name } : {}) };
}

function indexComment(table: TableRef, index: Index, from: string | undefined, to: string | undefined): Change {
  return { kind: 'AlterIndexComment', table, index, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}
