/** The changes inside one table that exists on both sides (after renames). */
import { sameOptions } from '../model/sequence.js';
import type { Column, ForeignKey, Index, Table } from '../model/types.js';
import { COLUMN_FIELDS, type Change, type ColumnField, type TableRef } from './changes.js';
import { sameForeignKey, sameIndex, sameUnique } from './equal.js';
import { definitionKey, matchByName } from './keyed.js';

/** The fields of `a` and `b` that differ. */
export function changedFields(a: Column, b: Column): ColumnField[] {
  // Identity options are compared by value; the sequence's name is RenameSequence's business.
  return COLUMN_FIELDS.filter((f) => (f === 'identityOptions' ? !sameOptions(a.identityOptions, b.identityOptions) : a[f] !== b[f]));
}

/** A NOT VALID constraint on the target side does not undo a validated one. */
const validity = (from: { notValid?: boolean }, to: { notValid?: boolean }) => from.notValid === true && to.notValid !== true;

const fkKey = (f: ForeignKey) => definitionKey(f, ['notValid']);
const indexKey = (i: Index) => definitionKey(i, ['comment']);

/** Changes between two versions of a table; `from` already carries the declared renames. */
export function diffTable(from: Table, to: Table): Change[] {
  const table: TableRef = { schema: to.schema, name: to.name };
  const out: Change[] = [];
  if (from.comment !== to.comment) out.push({ kind: 'AlterTableComment', table, ...(from.comment !== undefined ? { from: from.comment } : {}), ...(to.comment !== undefined ? { to: to.comment } : {}) });

  const cols = matchByName(from.columns, to.columns);
  for (const c of cols.dropped) out.push({ kind: 'DropColumn', table, column: c });
  for (const c of cols.added) out.push({ kind: 'AddColumn', table, column: c });
  for (const [a, b] of cols.same) {
    const changed = changedFields(a, b);
    if (changed.length > 0) out.push({ kind: 'AlterColumn', table, from: a, to: b, changed });
  }

  const pkFrom = from.primaryKey;
  const pkTo = to.primaryKey;
  if (pkFrom && pkTo && pkFrom.columns.length === pkTo.columns.length && pkFrom.columns.every((c, i) => c === pkTo.columns[i])) {
    if (pkFrom.name !== pkTo.name) out.push({ kind: 'RenameConstraint', table, from: pkFrom.name, to: pkTo.name });
  } else {
    if (pkFrom) out.push({ kind: 'DropPrimaryKey', table, primaryKey: pkFrom });
    if (pkTo) out.push({ kind: 'AddPrimaryKey', table, primaryKey: pkTo });
  }

  const uq = matchByName(from.uniques, to.uniques, (u) => definitionKey(u));
  for (const [a, b] of uq.same) {
    if (sameUnique(a, b)) continue;
    out.push({ kind: 'DropUnique', table, unique: a }, { kind: 'AddUnique', table, unique: b });
  }
  for (const [a, b] of uq.renamed) out.push({ kind: 'RenameConstraint', table, from: a.name, to: b.name });
  for (const u of uq.dropped) out.push({ kind: 'DropUnique', table, unique: u });
  for (const u of uq.added) out.push({ kind: 'AddUnique', table, unique: u });

  const ix = matchByName(from.indexes, to.indexes, indexKey);
  for (const [a, b] of ix.same) {
    if (!sameIndex(a, b)) out.push({ kind: 'ReplaceIndex', table, from: a, to: b });
    else if (a.comment !== b.comment) out.push(indexComment(table, b, a.comment, b.comment));
  }
  for (const [a, b] of ix.renamed) {
    out.push({ kind: 'RenameIndex', table, from: a.name, to: b.name });
    if (a.comment !== b.comment) out.push(indexComment(table, b, a.comment, b.comment));
  }
  for (const i of ix.dropped) out.push({ kind: 'DropIndex', table, index: i });
  for (const i of ix.added) out.push({ kind: 'AddIndex', table, index: i });

  out.push(...validatedConstraints(table, from.foreignKeys, to.foreignKeys, fkKey, sameForeignKey, (foreignKey, add) => (add ? { kind: 'AddForeignKey', table, foreignKey } : { kind: 'DropForeignKey', table, foreignKey })));
  out.push(...validatedConstraints(table, from.checks, to.checks, (c) => c.expression, (a, b) => a.expression === b.expression, (check, add) => (add ? { kind: 'AddCheck', table, check } : { kind: 'DropCheck', table, check })));
  return out;
}

/** Foreign keys or checks: a changed definition is a drop and an add, an unchanged one under a
 * new name a rename, and a NOT VALID one that the target has valid is validated. */
function validatedConstraints<T extends { readonly name: string; readonly notValid?: boolean }>(
  table: TableRef, from: readonly T[], to: readonly T[], key: (x: T) => string, same: (a: T, b: T) => boolean, change: (x: T, add: boolean) => Change,
): Change[] {
  const out: Change[] = [];
  const m = matchByName(from, to, key);
  for (const [a, b] of m.same) {
    if (!same(a, b)) out.push(change(a, false), change(b, true));
    else if (validity(a, b)) out.push({ kind: 'ValidateConstraint', table, name: b.name });
  }
  for (const [a, b] of m.renamed) {
    out.push({ kind: 'RenameConstraint', table, from: a.name, to: b.name });
    if (validity(a, b)) out.push({ kind: 'ValidateConstraint', table, name: b.name });
  }
  for (const x of m.dropped) out.push(change(x, false));
  for (const x of m.added) out.push(change(x, true));
  return out;
}

function indexComment(table: TableRef, index: Index, from: string | undefined, to: string | undefined): Change {
  return { kind: 'AlterIndexComment', table, index, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}
