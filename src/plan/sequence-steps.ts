/** Steps for standalone sequences and for identity columns' sequence options. */
import type { Change, TableRef } from '../diff/changes.js';
import { afterTypeChange, expandOptions, isSequenceType, nextvalOf, ownedSequenceName, rangeShrinks, sequenceSettings, sequenceValues, typeRange, type SequenceSettings, type SequenceValues } from '../model/sequence.js';
import type { Column } from '../model/types.js';
import { PRIORITY, type PlanContext, label } from './context.js';
import { old } from './graph.js';
import { key } from './keys.js';

type SequenceChange = Extract<Change, { kind: 'AddSequence' | 'DropSequence' | 'AlterSequence' | 'AlterSequenceComment' | 'RenameSequence' }>;

const q = (s: { schema: string; name: string }) => `${s.schema}.${s.name}`;

/** What dropped tables and columns take with them. `owners`: columns whose owned sequences go
 * with them (no DROP SEQUENCE is planned for those); `used`: sequences a dropped table's default
 * calls (dropped after that table). */
export interface Dropped {
  readonly owners: ReadonlySet<string>;
  readonly used: ReadonlySet<string>;
}

/** The `Dropped` of a change list. */
export function droppedOwners(changes: readonly Change[]): Dropped {
  const owners = new Set<string>();
  const used = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'DropTable') {
      for (const col of c.table.columns) {
        owners.add(`${c.table.schema}\u0000${c.table.name}\u0000${col.name}`);
        const target = col.default !== undefined ? nextvalOf(col.default) : undefined;
        if (target !== undefined) used.add(target);
      }
    } else if (c.kind === 'DropColumn') owners.add(`${c.table.schema}\u0000${c.table.name}\u0000${c.column.name}`);
  }
  return { owners, used };
}

/** Plans one sequence change. */
export function sequenceStep(ctx: PlanContext, c: SequenceChange, dropped: Dropped): void {
  switch (c.kind) {
    case 'AddSequence': {
      const s = c.sequence;
      ctx.add(PRIORITY.sequence, { op: 'createSequence', sequence: s }, `create sequence ${q(s)}`);
      if (s.ownedBy) ctx.add(PRIORITY.sequenceOwner, { op: 'setSequenceOwner', schema: s.schema, name: s.name, ownedBy: s.ownedBy }, `sequence ${q(s)} is owned by ${s.ownedBy.table}.${s.ownedBy.column}`);
      if (s.comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'sequence', schema: s.schema, name: s.name }, text: s.comment }, `comment on sequence ${q(s)}`);
      return;
    }
    case 'DropSequence': {
      const s = c.sequence;
      if (s.ownedBy && dropped.owners.has(`${s.schema}\u0000${s.ownedBy.table}\u0000${s.ownedBy.column}`)) return;
      const priority = dropped.used.has(`${s.schema}\u0000${s.name}`) ? PRIORITY.dropSequenceAfterTables : PRIORITY.dropSequence;
      ctx.add(priority, { op: 'dropSequence', schema: s.schema, name: s.name }, `drop sequence ${q(s)}`, { hazards: ['BREAKS_CLIENTS'], existing: true });
      return;
    }
    case 'AlterSequence': {
      const { from, to } = c;
      const a = sequenceValues(from);
      const b = sequenceValues(to);
      const settings = sequenceSettings(a, b);
      if (Object.keys(settings).length > 0) {
        ctx.add(PRIORITY.sequence, { op: 'alterSequence', schema: to.schema, name: to.name, settings, ...guard(a, b) }, `change the options of sequence ${q(to)}`, { existing: true });
      }
      if (c.changed.includes('ownedBy')) {
        // Before the old owner goes: dropping it would take the sequence with it.
        const owner = from.ownedBy ? [old(key.column({ schema: from.schema, name: from.ownedBy.table }, from.ownedBy.column))] : [];
        ctx.add(
          PRIORITY.sequenceOwner,
          { op: 'setSequenceOwner', schema: to.schema, name: to.name, ...(to.ownedBy ? { ownedBy: to.ownedBy } : {}) },
          `sequence ${q(to)} is owned by ${to.ownedBy ? `${to.ownedBy.table}.${to.ownedBy.column}` : 'no column'}`,
          { existing: true, deps: { needs: owner } },
        );
      }
      return;
    }
    case 'AlterSequenceComment':
      ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'sequence', schema: c.sequence.schema, name: c.sequence.name }, ...(c.to !== undefined ? { text: c.to } : {}) }, `comment on sequence ${q(c.sequence)}`);
      return;
    case 'RenameSequence':
      ctx.add(PRIORITY.rename, { op: 'renameSequence', schema: c.schema, from: c.from, to: c.to }, `rename sequence ${c.schema}.${c.from} to ${c.to} (it follows its column's name)`, { existing: true });
      return;
  }
}

/** The restart guard when the new range may leave out the current value. */
function guard(a: SequenceValues, b: SequenceValues): { restartOutside?: { min: string; max: string } } {
  return rangeShrinks(a, b) ? { restartOutside: { min: b.min, max: b.max } } : {};
}

/** The name of an identity column's sequence in the target (renames ran first). */
export function identitySequence(table: TableRef, c: Column): string {
  return c.identityOptions?.sequenceName ?? ownedSequenceName(table.name, c.name);
}

/** Option changes of a column that is an identity column on both sides, split around its type
 * change: PostgreSQL changes the sequence's type with the column's, moving bounds that were the
 * old type's limits. Options go after the type change, unless a value the sequence holds would
 * not fit the new type: then they go first (they fit both types). */
export function identityOptionSteps(from: Column, to: Column, fromType: string, toType: string): { before?: SequenceSettings & { guard?: { min: string; max: string } }; after?: SequenceSettings & { guard?: { min: string; max: string } } } {
  if (from.identity === undefined || to.identity === undefined || !isSequenceType(fromType) || !isSequenceType(toType)) return {};
  const a = expandOptions(fromType, from.identityOptions);
  const b = expandOptions(toType, to.identityOptions);
  const mid = afterTypeChange(a, toType);
  const [lo, hi] = typeRange(toType);
  const fits = [mid.min, mid.max, mid.start].every((v) => BigInt(v) >= lo && BigInt(v) <= hi);
  const [prev, next] = fits ? [mid, b] : [a, { ...b, type: a.type }];
  const settings = sequenceSettings(prev, next);
  if (Object.keys(settings).length === 0) return {};
  // The current value lies in `a`'s range (a type change does not move it).
  const step = { ...settings, ...(rangeShrinks(a, next) ? { guard: { min: next.min, max: next.max } } : {}) };
  return fits ? { after: step } : { before: step };
}

/** Adds the step for `identityOptionSteps` output. */
export function addIdentityOptions(ctx: PlanContext, table: TableRef, to: Column, step: SequenceSettings & { guard?: { min: string; max: string } }): void {
  const { guard: g, ...settings } = step;
  ctx.add(
    PRIORITY.alterColumn,
    { op: 'setIdentityOptions', table, column: to.name, sequence: identitySequence(table, to), settings, ...(g ? { restartOutside: g } : {}) },
    `change the identity sequence options of ${label(table, to.name)}`,
    { existing: true },
  );
}
