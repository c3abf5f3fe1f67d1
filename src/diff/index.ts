/** `diff(from, to, { renames }) → Change[]`: pure and deterministic; never mutates its inputs.
 * Renames are inputs, never guesses; `renameHints` lists drop+add pairs that look like one. */
import { sortSchema } from '../model/schema.js';
import type { Enum, Schema, Table } from '../model/types.js';
import type { Change, Rename, RenameHint } from './changes.js';
import { diffEnum } from './enum.js';
import { applyRenames, indexRenames, renamedTable } from './rename.js';
import { diffTable } from './table.js';
import { diffInheritedColumns } from './inherited.js';
import { diffObjects } from './objects.js';
import { nextvalDefault } from '../model/sequence.js';
import { alignSerials, diffSequences, renameDefaults, renameOwners } from './sequence.js';

export type { Change, ChangeKind, ColumnField, EnumUser, Rename, RenameHint, SequenceField, TableRef } from './changes.js';
export { parseRenameFlag, renameFlag } from './rename-flag.js';
import { renameFlag } from './rename-flag.js';

/** Options of `diff`. */
export interface DiffOptions {
  readonly renames?: readonly Rename[];
}

const k = (schema: string, name: string) => `${schema}\u0000${name}`;

/** The changes that turn `from` into `to`. */
export function diff(fromSchema: Schema, toSchema: Schema, options: DiffOptions = {}): Change[] {
  const from = sortSchema(fromSchema);
  const to = sortSchema(toSchema);
  const ix = indexRenames(from, to, options.renames ?? []);
  const renamed = applyRenames(from, to, ix);
  const out: Change[] = [];

  out.push(...schemaChanges(from, to));
  const toSchemas = new Set(to.schemas);

  const toEnums = new Map(to.enums.map((e) => [k(e.schema, e.name), e]));
  out.push(...enumChanges(from, to, toEnums, (e, t) => diffEnum(e, t, ix.enumValues.get(k(e.schema, e.name)) ?? new Map(), renamed, to)));

  const toTables = new Map(to.tables.map((t) => [k(t.schema, t.name), t]));
  const fromTables = new Map(from.tables.map((t) => [k(t.schema, t.name), t]));
  const fromLookup = (schema: string, name: string) => fromTables.get(k(schema, name));
  const toLookup = (schema: string, name: string) => toTables.get(k(schema, name));
  const matched = new Set<string>();
  const fromSeqKeys = new Set((from.sequences ?? []).map((s) => k(s.schema, s.name)));
  const toSeqKeys = new Set((to.sequences ?? []).map((s) => k(s.schema, s.name)));
  const rebuilt = rebuiltTables(renamed.tables, toTables);
  // The sequences a re-created table owns go with it (and come back as the target says).
  const fromSequences = renameOwners(
    (from.sequences ?? []).filter((s) => s.ownedBy === undefined || !rebuilt.has(k(s.schema, s.ownedBy.table))),
    from.tables.map((o, i) => [o, renamed.tables[i]!] as const),
  );
  const toSequences = [...(to.sequences ?? [])];
  // Each matched table's diff waits for the sequence diff: a renamed sequence renames the
  // `nextval` defaults that call it.
  const tableChanges: (Change | (() => Change[]))[] = [];
  for (let i = 0; i < from.tables.length; i++) {
    const original = from.tables[i]!;
    const t = renamed.tables[i]!;
    const target = toTables.get(k(t.schema, t.name));
    if (!target) {
      tableChanges.push({ kind: 'DropTable', table: original });
      continue;
    }
    matched.add(k(t.schema, t.name));
    const why = rebuilt.get(k(t.schema, t.name));
    if (why !== undefined) {
      tableChanges.push({ kind: 'DropTable', table: original, recreated: why }, { kind: 'AddTable', table: target });
      continue;
    }
    const newName = renamedTable(ix, original.schema, original.name);
    if (newName !== original.name) tableChanges.push({ kind: 'RenameTable', schema: original.schema, from: original.name, to: newName });
    // Declared column renames first: everything after compares under the new names.
    tableChanges.push(...columnRenames(original, t));
    const aligned = alignSerials(original, t, target, fromSeqKeys, toSeqKeys);
    fromSequences.push(...aligned.fromImplied);
    toSequences.push(...aligned.toImplied);
    const compared = () => diffTable(renameDefaults(aligned.from, sequenceRenames), aligned.to, fromLookup, toLookup);
    tableChanges.push(...aligned.renames, () => withReferencesToRebuilt(compared(), aligned.from, aligned.to, rebuilt));
  }
  for (const t of to.tables) if (!matched.has(k(t.schema, t.name))) tableChanges.push({ kind: 'AddTable', table: t });
  // Sequences before the tables whose defaults may call them (the planner orders by dependencies).
  const sequenceChanges = diffSequences(fromSequences, toSequences);
  const sequenceRenames = new Map<string, string>();
  for (const c of sequenceChanges) if (c.kind === 'RenameSequence') sequenceRenames.set(nextvalDefault(c.schema, c.from), nextvalDefault(c.schema, c.to));
  out.push(...sequenceChanges);
  for (const c of tableChanges) {
    if (typeof c === 'function') out.push(...c());
    else out.push(c);
  }
  out.push(...diffInheritedColumns(renamed.tables, to));

  out.push(...diffObjects(from.objects ?? [], to.objects ?? [], out));

  for (const e of from.enums) if (!toEnums.has(k(e.schema, e.name))) out.push({ kind: 'DropEnum', enum: e });
  const held = new Set(from.schemasWithUnmanaged ?? []);
  for (const s of from.schemas) if (!toSchemas.has(s) && !held.has(s)) out.push({ kind: 'DropSchema', name: s });
  return out;
}

/** Enums added, and those on both sides compared. */
function enumChanges(from: Schema, to: Schema, toEnums: ReadonlyMap<string, Enum>, compare: (from: Enum, to: Enum) => Change[]): Change[] {
  const fromEnums = new Set(from.enums.map((e) => k(e.schema, e.name)));
  const out: Change[] = to.enums.filter((e) => !fromEnums.has(k(e.schema, e.name))).map((e) => ({ kind: 'AddEnum', enum: e }));
  for (const e of from.enums) {
    const t = toEnums.get(k(e.schema, e.name));
    if (t) out.push(...compare(e, t));
  }
  return out;
}

/** The declared column renames of a table (`renamed` is `original` under its new names). */
function columnRenames(original: Table, renamed: Table): Change[] {
  return original.columns.flatMap((c, o): Change[] => {
    const n = renamed.columns[o]!.name;
    return n !== c.name ? [{ kind: 'RenameColumn', table: { schema: renamed.schema, name: renamed.name }, from: c.name, to: n }] : [];
  });
}

/** Tables PostgreSQL cannot change in place, dropped and created again: those whose
 * partitioning (PARTITION BY) changes, and the partitions of those (dropped with their parent). */
function rebuiltTables(from: readonly Table[], to: ReadonlyMap<string, Table>): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of from) {
    const target = to.get(k(t.schema, t.name));
    if (target !== undefined && (t.partitionBy ?? '') !== (target.partitionBy ?? '')) out.set(k(t.schema, t.name), 'PostgreSQL cannot change how a table is partitioned in place');
  }
  for (let grew = out.size > 0; grew; ) {
    grew = false;
    for (const t of from) {
      const parent = t.inherits?.[0];
      if (t.partitionBound === undefined || parent === undefined || out.has(k(t.schema, t.name)) || !out.has(k(parent.schema, parent.name)) || !to.has(k(t.schema, t.name))) continue;
      out.set(k(t.schema, t.name), `its parent ${parent.schema}.${parent.name} is created again`);
      grew = true;
    }
  }
  return out;
}

/** A kept table's foreign keys to a rebuilt table go with it and come back after it (unless
 * the table's own diff already drops or adds them). */
function withReferencesToRebuilt(changes: Change[], from: Table, to: Table, rebuilt: ReadonlyMap<string, string>): Change[] {
  if (rebuilt.size === 0) return changes;
  const table = { schema: to.schema, name: to.name };
  const touched = new Set(changes.flatMap((c) => (c.kind === 'AddForeignKey' || c.kind === 'DropForeignKey' ? [c.foreignKey.name] : [])));
  for (const f of from.foreignKeys) {
    const g = to.foreignKeys.find((x) => x.name === f.name);
    if (g === undefined || touched.has(f.name) || !rebuilt.has(k(f.refSchema, f.refTable))) continue;
    changes.push({ kind: 'DropForeignKey', table, foreignKey: f }, { kind: 'AddForeignKey', table, foreignKey: g });
  }
  return changes;
}

/** Schemas added and schema comments changed (dropped schemas come last, after their objects). */
function schemaChanges(from: Schema, to: Schema): Change[] {
  const out: Change[] = [];
  const fromSchemas = new Set(from.schemas);
  for (const s of to.schemas) if (!fromSchemas.has(s)) out.push({ kind: 'AddSchema', name: s });
  const fromComments = new Map((from.schemaComments ?? []).map((c) => [c.name, c.comment]));
  const toComments = new Map((to.schemaComments ?? []).map((c) => [c.name, c.comment]));
  for (const s of to.schemas) {
    const a = fromComments.get(s);
    const b = toComments.get(s);
    if (a !== b) out.push({ kind: 'AlterSchemaComment', name: s, ...(a !== undefined ? { from: a } : {}), ...(b !== undefined ? { to: b } : {}) });
  }
  return out;
}

/** Drop+add pairs that look like renames: a dropped and an added column of the same type in one
 * table, or a dropped and an added table with the same columns. Shown to the user, never applied. */
export function renameHints(changes: readonly Change[]): RenameHint[] {
  const hints: RenameHint[] = [];
  const byTable = new Map<string, { dropped: Change[]; added: Change[] }>();
  const droppedTables: Table[] = [];
  const addedTables: Table[] = [];
  for (const c of changes) {
    if (c.kind === 'DropColumn' || c.kind === 'AddColumn') {
      const key = k(c.table.schema, c.table.name);
      const e = byTable.get(key) ?? { dropped: [], added: [] };
      (c.kind === 'DropColumn' ? e.dropped : e.added).push(c);
      byTable.set(key, e);
    } else if (c.kind === 'DropTable') droppedTables.push(c.table);
    else if (c.kind === 'AddTable') addedTables.push(c.table);
  }
  for (const { dropped, added } of byTable.values()) {
    for (const d of dropped) {
      if (d.kind !== 'DropColumn') continue;
      const a = added.find((x) => x.kind === 'AddColumn' && x.column.type === d.column.type);
      if (a?.kind !== 'AddColumn') continue;
      hints.push({ table: d.table, from: d.column.name, to: a.column.name, flag: `--rename ${renameFlag([d.table.schema, d.table.name, d.column.name], a.column.name)}` });
    }
  }
  const shape = (t: Table) => t.columns.map((c) => `${c.name}:${c.type}`).join(',');
  for (const d of droppedTables) {
    const a = addedTables.find((x) => x.schema === d.schema && x.name !== d.name && shape(x) === shape(d));
    if (a) hints.push({ table: { schema: d.schema, name: d.name }, from: d.name, to: a.name, flag: `--rename ${renameFlag([d.schema, d.name], a.name)}` });
  }
  return hints;
}
