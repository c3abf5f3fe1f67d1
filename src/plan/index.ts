/** `plan(changes, { from, to }) → Plan`: ordered steps with hazards, online-safe on tables that
 * already hold rows. `planDown` plans the way back for `down.sql`. */
import { diff } from '../diff/index.js';
import type { Change, Rename, TableRef } from '../diff/changes.js';
import { assertNever, type Schema, type Table } from '../model/types.js';
import { addColumn, alterColumn, dropColumn, alterInheritedColumn } from './column-steps.js';
import { PRIORITY, PlanContext, type Planned, label } from './context.js';
import { withDependentForeignKeys } from './dependents.js';
import { withRoutineUsers } from './routine-users.js';
import { enumStep, rebuildEnum } from './enum-steps.js';
import { old, orderByDependencies } from './graph.js';
import { referencedKeys } from './keys.js';
import { addExclusion, addIndex, addKey, addValidated, alterIndexStorage, dropConstraint, dropIndex, replaceIndex, validate } from './key-steps.js';
import { type Dropped, droppedOwners, sequenceStep } from './sequence-steps.js';
import { alterTable } from './table-options.js';
import { type BusyNames, busyNames, renameConstraint, renameIndex } from './rename-steps.js';
import { createTables, dropTables } from './table-steps.js';
import { droppedRelations, objectStep, withObjectUses } from './object-steps.js';
import type { Plan, PlanOptions, Step } from './types.js';

export type { CommentTarget, Constraint, Conversion, Hazard, Op, Plan, PlanOptions, Step } from './types.js';
export { HAZARDS } from './types.js';

/** Orders the changes into steps. `from` and `to` are the schemas the changes were diffed from. */
export function plan(input: readonly Change[], schemas: { from: Schema; to: Schema }, options: PlanOptions = {}): Plan {
  const online = options.online ?? true;
  const { changes, before, after } = withRoutineUsers(withDependentForeignKeys(input, schemas.to), schemas.from, schemas.to);
  const newTables: Table[] = [];
  const droppedTables: Table[] = [];
  const recreated = new Map<Table, string>();
  for (const c of changes) {
    if (c.kind === 'AddTable') newTables.push(c.table);
    if (c.kind === 'DropTable') droppedTables.push(c.table);
    if (c.kind === 'DropTable' && c.recreated !== undefined) recreated.set(c.table, c.recreated);
  }
  const ctx = new PlanContext(
    schemas.from,
    schemas.to,
    online,
    newTables.map((t): TableRef => ({ schema: t.schema, name: t.name })),
  );
  for (const [i, c] of changes.entries()) {
    if (c.kind === 'AddTable' || c.kind === 'DropTable') ctx.tableChange(c.table, i);
    if (c.kind === 'RecreateEnum') ctx.rebuilt(c.from.schema, c.from.name);
  }
  const rebuilt = new Set(changes.filter((c) => c.kind === 'RecreateEnum').map((c) => (c.kind === 'RecreateEnum' ? `${c.to.schema}.${c.to.name}` : '')));
  createTables(ctx, newTables);
  dropTables(ctx, droppedTables, recreated);
  const dropped = droppedOwners(changes);
  const busy = busyNames(changes, schemas.to);
  const goneRelations = droppedRelations(changes);
  for (const [i, c] of changes.entries()) ctx.within(i, () => planChange(ctx, c, rebuilt, dropped, busy, goneRelations));
  withObjectUses(ctx.planned, schemas.from, schemas.to, changes, { before, after });
  return { changes, steps: order(ctx.planned, online, options), online };
}

/** The steps of one change.
 * @long one case per change kind, each a call or two: a table to read by kind. */
function planChange(ctx: PlanContext, c: Change, rebuilt: ReadonlySet<string>, dropped: Dropped, busy: BusyNames, goneRelations: ReadonlySet<string>): void {
  switch (c.kind) {
    case 'AddSchema':
      ctx.add(PRIORITY.createSchema, { op: 'createSchema', name: c.name }, `create schema ${c.name}`);
      return;
    case 'DropSchema':
      ctx.add(PRIORITY.dropSchema, { op: 'dropSchema', name: c.name }, `drop schema ${c.name}`);
      return;
    case 'AlterSchemaComment':
      ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'schema', name: c.name }, ...(c.to !== undefined ? { text: c.to } : {}) }, `comment on schema ${c.name}`);
      return;
    case 'AddEnum':
    case 'DropEnum':
    case 'AddEnumValue':
    case 'RenameEnumValue':
      enumStep(ctx, c);
      return;
    case 'AlterEnumComment':
      // A rebuilt enum gets its comment with the new type.
      if (!rebuilt.has(`${c.enum.schema}.${c.enum.name}`)) enumStep(ctx, c);
      return;
    case 'RecreateEnum':
      rebuildEnum(ctx, c);
      return;
    case 'AddTable':
    case 'DropTable':
      return; // planned together: creation order and references between them matter
    case 'RenameTable': {
      const table = { schema: c.schema, name: c.from };
      ctx.add(PRIORITY.rename, { op: 'renameTable', table, to: c.to }, `rename table ${label(table)} to ${c.to}`, { hazards: ['BREAKS_CLIENTS'], existing: true });
      return;
    }
    case 'AlterTableComment':
      ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'table', table: c.table }, ...(c.to !== undefined ? { text: c.to } : {}) }, `comment on ${label(c.table)}`);
      return;
    case 'AlterTable':
      alterTable(ctx, c.table, c.from, c.to, c.changed, c.merged);
      return;
    case 'AddColumn':
      addColumn(ctx, c.table, c.column);
      return;
    case 'DropColumn':
      dropColumn(ctx, c.table, c.column);
      return;
    case 'RenameColumn':
      ctx.add(PRIORITY.rename, { op: 'renameColumn', table: c.table, from: c.from, to: c.to }, `rename column ${label(c.table, c.from)} to ${c.to}`, { hazards: ['BREAKS_CLIENTS'], existing: true });
      return;
    case 'AlterColumn':
      alterColumn(ctx, c.table, c.from, c.to);
      return;
    case 'AlterInheritedColumn':
      alterInheritedColumn(ctx, c.table, c.from, c.to);
      return;
    case 'AddPrimaryKey':
      addKey(ctx, c.table, { type: 'primaryKey', primaryKey: c.primaryKey });
      return;
    case 'DropPrimaryKey':
      dropConstraint(ctx, c.table, c.primaryKey.name, 'primary key', true);
      return;
    case 'AddUnique':
      addKey(ctx, c.table, { type: 'unique', unique: c.unique });
      return;
    case 'DropUnique':
      dropConstraint(ctx, c.table, c.unique.name, 'unique constraint', true);
      return;
    case 'AddIndex':
      addIndex(ctx, c.table, c.index);
      return;
    case 'DropIndex':
      dropIndex(ctx, c.table, c.index);
      return;
    case 'ReplaceIndex':
      replaceIndex(ctx, c.table, c.from, c.to);
      return;
    case 'AlterIndexComment':
      ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'index', schema: c.table.schema, name: c.index.name }, ...(c.to !== undefined ? { text: c.to } : {}) }, `comment on index ${c.index.name}`);
      return;
    case 'AlterIndexStorage':
      alterIndexStorage(ctx, c.table, c.name, c.from ?? [], c.to ?? []);
      return;
    case 'AddExclusion':
      addExclusion(ctx, c.table, c.exclusion);
      return;
    case 'DropExclusion':
      dropConstraint(ctx, c.table, c.exclusion.name, 'exclusion constraint', true);
      return;
    case 'AlterForeignKeyDeferrable': {
      const f = c.foreignKey;
      ctx.add(
        PRIORITY.addForeignKey,
        { op: 'alterConstraintDeferrable', table: c.table, name: f.name, deferrable: f.deferrable, initiallyDeferred: f.initiallyDeferred },
        `make foreign key ${f.name} on ${label(c.table)} ${f.deferrable ? 'deferrable' : 'not deferrable'}`,
        { existing: true },
      );
      return;
    }
    case 'AlterConstraintComment':
      ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'constraint', table: c.table, name: c.name }, ...(c.to !== undefined ? { text: c.to } : {}) }, `comment on constraint ${c.name} on ${label(c.table)}`);
      return;
    case 'AddForeignKey':
      addValidated(ctx, c.table, { type: 'foreignKey', foreignKey: c.foreignKey });
      return;
    case 'DropForeignKey':
      ctx.add(PRIORITY.dropForeignKey, { op: 'dropConstraint', table: c.table, name: c.foreignKey.name }, `drop foreign key ${c.foreignKey.name} on ${label(c.table)}`, {
        existing: true,
        deps: { needs: referencedKeys(ctx.from, c.foreignKey).map(old) },
      });
      return;
    case 'ValidateConstraint':
      validate(ctx, c.table, c.name);
      return;
    case 'AddCheck':
      addValidated(ctx, c.table, { type: 'check', check: c.check });
      return;
    case 'DropCheck':
      // A check a dropped parent leaves behind is the table's own only after NO INHERIT.
      if (c.leftByParent) ctx.add(PRIORITY.leftByParent, { op: 'dropConstraint', table: c.table, name: c.check.name }, `drop check ${c.check.name} that ${label(c.table)} keeps from a dropped parent`, { existing: !ctx.isNew(c.table) });
      else dropConstraint(ctx, c.table, c.check.name, 'check', false);
      return;
    case 'RenameConstraint':
      if (c.leftByParent) ctx.add(PRIORITY.leftByParent, { op: 'renameConstraint', table: c.table, from: c.from, to: c.to }, `rename check ${c.from} that ${label(c.table)} keeps from a dropped parent to ${c.to}`, { existing: true });
      else renameConstraint(ctx, c, busy);
      return;
    case 'RenameIndex':
      renameIndex(ctx, c, busy);
      return;
    case 'AddSequence':
    case 'DropSequence':
    case 'AlterSequence':
    case 'AlterSequenceComment':
    case 'RenameSequence':
      sequenceStep(ctx, c, dropped);
      return;
    case 'AddObject':
    case 'DropObject':
    case 'AlterObject':
    case 'AlterObjectComment':
      objectStep(ctx, c, goneRelations);
      return;
    default:
      assertNever(c, 'plan');
  }
}

/** Orders by dependencies, then priority (graph.ts), and, online, sets the timeouts: a short
 * lock_timeout so a blocked migration fails fast instead of queueing every query behind it, a
 * statement_timeout, and a longer one around index builds, validations and rewrites. */
function order(planned: readonly Planned[], online: boolean, options: PlanOptions): Step[] {
  const sorted = orderByDependencies(planned.map((p) => ({ priority: p.priority, deps: p.deps, name: p.step.why }))).map((i) => planned[i]!);
  if (!online || !sorted.some((p) => p.existing)) return sorted.map((p) => p.step);
  const lockTimeout = options.lockTimeout ?? '5s';
  const statementTimeout = options.statementTimeout ?? '1min';
  const long = options.longStatementTimeout ?? '1h';
  // The timeouts are there for the changes that touch tables already holding rows.
  const changes = [...new Set(sorted.flatMap((p) => (p.existing ? (p.step.changes ?? []) : [])))].sort((x, y) => x - y);
  const out: Step[] = [{ op: { op: 'setTimeouts', lockTimeout, statementTimeout }, hazards: [], transactional: true, isolate: false, why: 'fail fast instead of queueing behind long-held locks', changes }];
  for (const p of sorted) out.push(p.long && p.existing ? { ...p.step, statementTimeout: { during: long, after: statementTimeout } } : p.step);
  return out;
}

/** Reverses declared renames (for the down plan). */
export function reverseRenames(renames: readonly Rename[]): Rename[] {
  return renames.map((r) => ({ ...r, from: r.to, to: r.from }));
}

/** The down plan: from `to` back to `from`. Steps that re-create what the up plan dropped are
 * marked: the structure comes back, the data does not. */
export function planDown(from: Schema, to: Schema, renames: readonly Rename[], options: PlanOptions = {}): Plan {
  const changes = diff(to, from, { renames: reverseRenames(renames) });
  const p = plan(changes, { from: to, to: from }, options);
  const steps = p.steps.map((s): Step => {
    if (s.op.op === 'createTable') return { ...s, irreversible: `the rows of ${label(s.op.table)} dropped by the up migration are not restored` };
    if (s.op.op === 'addColumn') return { ...s, irreversible: `the values of ${label(s.op.table, s.op.column.name)} dropped by the up migration are not restored` };
    if (s.op.op === 'createEnum' && p.changes.some((c) => c.kind === 'RecreateEnum')) return { ...s, irreversible: 'rows that used removed enum values were changed by hand before the up migration' };
    return s;
  });
  return { ...p, steps };
}
