/** Sequence changes: standalone sequences, and the sequences of serial and identity columns where
 * they meet them. A serial column stands for an integer column drawing from a sequence SERIAL
 * made; where the other side spells that out (a `nextval` default and a sequence with options),
 * the serial side is written out the same way, so that only real differences remain. */
import { isSerial } from '../model/normalize.js';
import { nextvalDefault, ownedSequenceName, serialSequence } from '../model/sequence.js';
import type { Column, Sequence, Table } from '../model/types.js';
import type { Change, SequenceField } from './changes.js';

const k = (schema: string, name: string) => `${schema}\u0000${name}`;

const SERIAL_BASE: Readonly<Record<string, 'integer' | 'bigint' | 'smallint'>> = { serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' };

const FIELDS: readonly Exclude<SequenceField, 'ownedBy'>[] = ['type', 'start', 'increment', 'min', 'max', 'cache', 'cycle'];

/** Add, drop and alter for sequences matched by schema and name. A dropped and an added sequence
 * owned by the same column are one sequence under a new name (a column owns one sequence): it is
 * renamed, so that its current value survives. */
export function diffSequences(from: readonly Sequence[], to: readonly Sequence[]): Change[] {
  const out: Change[] = [];
  const toByKey = new Map(to.map((s) => [k(s.schema, s.name), s]));
  const fromKeys = new Set(from.map((s) => k(s.schema, s.name)));
  const owner = (s: Sequence) => (s.ownedBy ? `${k(s.schema, s.ownedBy.table)}\u0000${s.ownedBy.column}` : undefined);
  const addedByOwner = new Map<string, Sequence>();
  for (const s of to) {
    const o = owner(s);
    if (!fromKeys.has(k(s.schema, s.name)) && o !== undefined) addedByOwner.set(o, s);
  }
  const renamedTo = new Map<Sequence, Sequence>();
  for (const a of from) {
    const o = owner(a);
    const b = o !== undefined && !toByKey.has(k(a.schema, a.name)) ? addedByOwner.get(o) : undefined;
    if (b) {
      renamedTo.set(a, b);
      addedByOwner.delete(o!);
      toByKey.set(k(a.schema, a.name), b);
      out.push({ kind: 'RenameSequence', schema: a.schema, from: a.name, to: b.name });
    }
  }
  const renamedTargets = new Set(renamedTo.values());
  for (const s of to) if (!fromKeys.has(k(s.schema, s.name)) && !renamedTargets.has(s)) out.push({ kind: 'AddSequence', sequence: s });
  for (const original of from) {
    const b = toByKey.get(k(original.schema, original.name));
    if (!b) {
      out.push({ kind: 'DropSequence', sequence: original });
      continue;
    }
    const a = renamedTo.has(original) ? { ...original, name: b.name } : original;
    const changed: SequenceField[] = FIELDS.filter((f) => a[f] !== b[f]);
    if (a.ownedBy?.table !== b.ownedBy?.table || a.ownedBy?.column !== b.ownedBy?.column) changed.push('ownedBy');
    if (changed.length > 0) out.push({ kind: 'AlterSequence', from: a, to: b, changed });
    if (a.comment !== b.comment) out.push({ kind: 'AlterSequenceComment', sequence: b, ...(a.comment !== undefined ? { from: a.comment } : {}), ...(b.comment !== undefined ? { to: b.comment } : {}) });
  }
  return out;
}

/** A matched table's columns with serial columns written out where the other side needs it, the
 * sequences that writing out makes explicit on each side, and the renames of serial and identity
 * sequences whose derived name changes. `original` is the `from` table before declared renames,
 * `from` after them (same column order). `fromSequences` / `toSequences` are the explicit ones. */
export function alignSerials(original: Table, from: Table, to: Table, fromSequences: ReadonlySet<string>, toSequences: ReadonlySet<string>): { from: Table; to: Table; fromImplied: Sequence[]; toImplied: Sequence[]; renames: Change[] } {
  const toByName = new Map(to.columns.map((c) => [c.name, c]));
  const fromImplied: Sequence[] = [];
  const toImplied: Sequence[] = [];
  const renames: Change[] = [];
  const replacedFrom = new Map<string, Column>();
  const replacedTo = new Map<string, Column>();
  from.columns.forEach((a, i) => {
    const b = toByName.get(a.name);
    if (!b) return;
    const oldName = original.columns[i]?.name ?? a.name;
    // The sequence the database holds now (named when the column was made) and the one `to` means.
    const actual = ownedName(a, original.name, oldName);
    const wanted = ownedName(b, to.name, b.name);
    const sameKind = (isSerial(a.type) && isSerial(b.type)) || (a.identity !== undefined && b.identity !== undefined);
    if (sameKind && actual !== undefined && wanted !== undefined && actual !== wanted) renames.push({ kind: 'RenameSequence', schema: to.schema, from: actual, to: wanted });
    if (isSerial(a.type) && !isSerial(b.type) && a.identity === undefined) {
      const name = ownedSequenceName(original.name, oldName);
      if (drawsFrom(b) || toSequences.has(k(from.schema, name))) {
        const base = SERIAL_BASE[a.type]!;
        replacedFrom.set(a.name, { ...a, type: base, default: nextvalDefault(from.schema, name) });
        fromImplied.push({ ...serialSequence(from.schema, original.name, oldName, base), ownedBy: { table: from.name, column: a.name } });
      }
    } else if (!isSerial(a.type) && isSerial(b.type)) {
      const name = ownedSequenceName(to.name, b.name);
      if (drawsFrom(a) || fromSequences.has(k(to.schema, name))) {
        const base = SERIAL_BASE[b.type]!;
        replacedTo.set(b.name, { ...b, type: base, default: nextvalDefault(to.schema, name) });
        toImplied.push(serialSequence(to.schema, to.name, b.name, base));
      }
    }
  });
  return {
    from: replacedFrom.size > 0 ? { ...from, columns: from.columns.map((c) => replacedFrom.get(c.name) ?? c) } : from,
    to: replacedTo.size > 0 ? { ...to, columns: to.columns.map((c) => replacedTo.get(c.name) ?? c) } : to,
    fromImplied,
    toImplied,
    renames,
  };
}

/** True when a column's default calls nextval(). */
function drawsFrom(c: Column): boolean {
  return c.default !== undefined && /^nextval\(/.test(c.default);
}

/** The name of the sequence a serial or identity column owns, given the names it was made with. */
function ownedName(c: Column, table: string, column: string): string | undefined {
  if (c.identity !== undefined) return c.identityOptions?.sequenceName ?? ownedSequenceName(table, column);
  return isSerial(c.type) ? ownedSequenceName(table, column) : undefined;
}

/** `from`'s sequences with OWNED BY following declared table and column renames. `tables` pairs
 * each original `from` table with the same table after renames. */
export function renameOwners(sequences: readonly Sequence[], tables: readonly (readonly [Table, Table])[]): Sequence[] {
  const moved = new Map<string, { table: string; column: string }>();
  for (const [o, t] of tables) {
    if (o.name === t.name && o.columns.every((c, i) => c.name === t.columns[i]?.name)) continue;
    for (const [i, c] of o.columns.entries()) moved.set(`${k(o.schema, o.name)}\u0000${c.name}`, { table: t.name, column: t.columns[i]?.name ?? c.name });
  }
  if (moved.size === 0) return [...sequences];
  return sequences.map((s) => {
    const to = s.ownedBy ? moved.get(`${k(s.schema, s.ownedBy.table)}\u0000${s.ownedBy.column}`) : undefined;
    return to ? { ...s, ownedBy: to } : s;
  });
}

/** `table` with `nextval` defaults of renamed sequences spelled with the new name (PostgreSQL
 * stores the sequence by number: its default follows the rename). */
export function renameDefaults(table: Table, renames: ReadonlyMap<string, string>): Table {
  if (renames.size === 0 || !table.columns.some((c) => c.default !== undefined && renames.has(c.default))) return table;
  return { ...table, columns: table.columns.map((c) => (c.default !== undefined && renames.has(c.default) ? { ...c, default: renames.get(c.default)! } : c)) };
}
