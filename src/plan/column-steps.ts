/** Steps for added, dropped and altered columns. */
import type { TableRef } from '../diff/changes.js';
import { makeObjectName } from '../model/naming.js';
import { isSerial } from '../model/normalize.js';
import { expandOptions, isSequenceType } from '../model/sequence.js';
import type { Column, InheritedColumn } from '../model/types.js';
import { PRIORITY, type PlanContext, label } from './context.js';
import { old } from './graph.js';
import { defined, key, nextvalKey, ownedSequence } from './keys.js';
import { addIdentityOptions, identityOptionSteps } from './sequence-steps.js';
import { classifyTypeChange, isVolatileDefault } from './type-change.js';
import type { Hazard } from './types.js';

const SERIAL_BASE: Record<string, string> = { serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' };

/** The storage type of a column (`serial` is an integer with an owned sequence). */
export function baseType(type: string): string {
  return SERIAL_BASE[type] ?? type;
}

/** ADD COLUMN. On a table with rows: a volatile default, identity, serial or generated column
 * rewrites the table; NOT NULL without a default fails unless the table is empty. */
export function addColumn(ctx: PlanContext, table: TableRef, column: Column): void {
  const existing = !ctx.isNew(table);
  const hazards: Hazard[] = [];
  if (existing) {
    const rewrites = column.identity !== undefined || column.generated !== undefined || isSerial(column.type) || (column.default !== undefined && isVolatileDefault(column.default));
    if (rewrites) hazards.push('TABLE_REWRITE', 'ACCESS_EXCLUSIVE_LOCK');
    if (!column.nullable && column.default === undefined && column.identity === undefined && column.generated === undefined && !isSerial(column.type)) hazards.push('MAY_FAIL_ON_EXISTING_DATA');
  }
  ctx.add(PRIORITY.addColumn, { op: 'addColumn', table, column }, `add column ${label(table, column.name)}`, { hazards, existing, long: hazards.includes('TABLE_REWRITE') });
  if (column.storage !== undefined) ctx.add(PRIORITY.addColumn, { op: 'setColumnStorage', table, column: column.name, storage: column.storage }, `storage of ${label(table, column.name)}`, { existing });
  if (column.comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'column', table, column: column.name }, text: column.comment }, `comment on ${label(table, column.name)}`);
}

/** DROP COLUMN: the data goes with it. */
export function dropColumn(ctx: PlanContext, table: TableRef, column: Column): void {
  // Before the enum it holds and the sequence its default calls are dropped.
  const deps = { needs: defined([ctx.oldTypeKey(column.type), nextvalKey(column.default)]).map(old) };
  ctx.add(PRIORITY.dropColumn, { op: 'dropColumn', table, column: column.name }, `drop column ${label(table, column.name)} and its data`, { hazards: ['DELETES_DATA', 'BREAKS_CLIENTS'], existing: true, deps });
}

/** ALTER COLUMN, one step per attribute, in the order PostgreSQL needs: identity off before a
 * default is set, NOT NULL before identity is added, the default off while the type changes. */
export function alterColumn(ctx: PlanContext, table: TableRef, from: Column, to: Column): void {
  const col = to.name;
  const at = label(table, col);
  const opts = { existing: true };
  // Its sequence goes with it, freeing the name for a sequence created by this plan.
  if (from.identity !== undefined && to.identity === undefined) ctx.add(PRIORITY.dropIdentity, { op: 'dropIdentity', table, column: col }, `drop identity of ${at}`, { ...opts, deps: { drops: defined([ownedSequence(table, from)]) } });

  if (from.generated !== to.generated || (from.virtual === true) !== (to.virtual === true)) {
    // A VIRTUAL column holds no values to keep: DROP EXPRESSION does not apply to it.
    if (to.generated === undefined && from.virtual !== true) {
      ctx.add(PRIORITY.alterColumn, { op: 'dropExpression', table, column: col }, `${at} is no longer generated`, opts);
    } else {
      // PostgreSQL before 17 cannot change a generation expression: the column is re-created.
      const hazards: Hazard[] = ['TABLE_REWRITE', 'ACCESS_EXCLUSIVE_LOCK', ...(from.generated === undefined ? ['DELETES_DATA' as const] : [])];
      // Dropping a generated column loses nothing: its values come back from the expression.
      const lintIgnore = from.generated === undefined ? undefined : { codes: ['data-loss'], reason: `generated column ${at} is re-created from its expression` };
      ctx.add(PRIORITY.alterColumn, { op: 'dropColumn', table, column: col }, `re-create generated column ${at}`, { hazards, existing: true, ...(lintIgnore ? { lintIgnore } : {}) });
      ctx.add(PRIORITY.alterColumn, { op: 'addColumn', table, column: { ...to, comment: undefined } as Column }, `re-create generated column ${at}`, { hazards, existing: true, long: true });
      if (to.storage !== undefined) ctx.add(PRIORITY.alterColumn, { op: 'setColumnStorage', table, column: col, storage: to.storage }, `storage of ${at}`, opts);
      if (to.comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'column', table, column: col }, text: to.comment }, `comment on ${at}`);
      return;
    }
  }

  // A serial column's default is its sequence: it goes first, before any type change.
  if (isSerial(from.type) && !isSerial(to.type)) ctx.add(PRIORITY.alterColumn, { op: 'dropSerial', table, column: col }, `${at} stops drawing from its sequence, which is dropped`, opts);
  const fromDefault = isSerial(from.type) ? undefined : from.default;
  // The steps that take the old default off run before the sequence it calls is dropped.
  const offDefault = { ...opts, deps: { needs: defined([nextvalKey(fromDefault)]).map(old) } };
  let defaultDone = false;
  const fromBase = baseType(from.type);
  const toBase = baseType(to.type);
  const identityOptions = identityOptionSteps(from, to, fromBase, toBase);
  if (identityOptions.before) addIdentityOptions(ctx, table, to, identityOptions.before);
  const collation = from.collation !== to.collation || from.collationSchema !== to.collationSchema;
  if (fromBase !== toBase || collation) {
    const change = fromBase === toBase ? { rewrite: false, conversion: 'none' as const, mayFail: false } : classifyTypeChange(fromBase, toBase, ctx.isEnumType(fromBase));
    // The old default may not cast to the new type: take it off and put the target's back.
    if (fromDefault !== undefined) ctx.add(PRIORITY.alterColumn, { op: 'dropDefault', table, column: col }, `drop the default of ${at} while its type changes`, offDefault);
    const hazards: Hazard[] = ['ACCESS_EXCLUSIVE_LOCK', ...(change.rewrite ? ['TABLE_REWRITE' as const] : []), ...(change.mayFail ? ['MAY_FAIL_ON_EXISTING_DATA' as const] : [])];
    ctx.add(
      PRIORITY.alterColumn,
      {
        op: 'alterColumnType',
        table,
        column: col,
        type: toBase,
        ...(collation ? { collation: to.collation ?? 'default', ...(to.collationSchema !== undefined ? { collationSchema: to.collationSchema } : {}) } : {}),
        conversion: change.conversion,
      },
      `change the type of ${at} from ${from.type} to ${to.type}`,
      // Before the enum it held is dropped.
      { hazards, existing: true, long: change.rewrite, deps: { needs: defined([ctx.oldTypeKey(from.type)]).map(old) } },
    );
    if (to.default !== undefined && !isSerial(to.type)) ctx.add(PRIORITY.alterColumn, { op: 'setDefault', table, column: col, expression: to.default }, `set the default of ${at}`, opts);
    defaultDone = true;
  }
  if (identityOptions.after) addIdentityOptions(ctx, table, to, identityOptions.after);
  if (!isSerial(from.type) && isSerial(to.type)) {
    if (fromDefault !== undefined && !defaultDone) ctx.add(PRIORITY.alterColumn, { op: 'dropDefault', table, column: col }, `drop the default of ${at}`, offDefault);
    ctx.add(PRIORITY.alterColumn, { op: 'addSerial', table, column: col, type: toBase }, `${at} draws from a new owned sequence`, opts);
    defaultDone = true;
  }
  if (!defaultDone && fromDefault !== to.default) {
    if (to.default === undefined) ctx.add(PRIORITY.alterColumn, { op: 'dropDefault', table, column: col }, `drop the default of ${at}`, offDefault);
    else ctx.add(PRIORITY.alterColumn, { op: 'setDefault', table, column: col, expression: to.default }, `set the default of ${at}`, offDefault);
  }

  const typeChanged = fromBase !== toBase;
  // ALTER COLUMN TYPE puts the new type's own storage back.
  if (from.storage !== to.storage || (typeChanged && (from.storage !== undefined || to.storage !== undefined))) {
    ctx.add(PRIORITY.alterColumn, { op: 'setColumnStorage', table, column: col, storage: to.storage ?? 'default' }, `storage of ${at}`, opts);
  }
  if (from.compression !== to.compression || (typeChanged && to.compression !== undefined)) {
    ctx.add(PRIORITY.alterColumn, { op: 'setColumnCompression', table, column: col, compression: to.compression ?? 'default' }, `compression of ${at}`, opts);
  }

  nullAndIdentity(ctx, table, from, to, toBase);
  if (from.comment !== to.comment) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'column', table, column: col }, ...(to.comment !== undefined ? { text: to.comment } : {}) }, `comment on ${at}`);
}

/** NOT NULL (and its constraint's name) and identity: after the type and default are set. */
function nullAndIdentity(ctx: PlanContext, table: TableRef, from: Column, to: Column, toBase: string): void {
  const col = to.name;
  const at = label(table, col);
  const opts = { existing: true };
  if (from.nullable && !to.nullable) setNotNull(ctx, table, col);
  if (!from.nullable && to.nullable) ctx.add(PRIORITY.alterColumn, { op: 'dropNotNull', table, column: col }, `${at} accepts NULL`, opts);
  // PostgreSQL 18 names NOT NULL constraints `<table>_<column>_not_null`; another name is a rename.
  if (!to.nullable && (from.nullable ? to.notNullName !== undefined : from.notNullName !== to.notNullName)) {
    const current = (from.nullable ? undefined : from.notNullName) ?? makeObjectName(table.name, col, 'not_null');
    const wanted = to.notNullName ?? makeObjectName(table.name, col, 'not_null');
    if (current !== wanted) ctx.add(PRIORITY.identity, { op: 'renameNotNull', table, from: current, to: wanted }, `rename the NOT NULL constraint of ${at}`, opts);
  }

  if (from.identity === undefined && to.identity !== undefined) {
    const values = to.identityOptions && isSequenceType(toBase) ? expandOptions(toBase, to.identityOptions) : undefined;
    const options = values ? { options: to.identityOptions, start: values.start, descending: values.increment.startsWith('-') } : {};
    ctx.add(PRIORITY.identity, { op: 'addIdentity', table, column: col, identity: to.identity, restart: true, ...options }, `${at} becomes an identity column`, opts);
  } else if (from.identity !== undefined && to.identity !== undefined && from.identity !== to.identity) {
    ctx.add(PRIORITY.alterColumn, { op: 'setIdentity', table, column: col, identity: to.identity }, `${at} is generated ${to.identity}`, opts);
  }
}

/** SET NOT NULL. Online, PostgreSQL 12+ skips its full-table scan under ACCESS EXCLUSIVE when a
 * validated `CHECK (col IS NOT NULL)` proves it, and that check can be validated without
 * blocking writes; the check is dropped once NOT NULL holds. */
function setNotNull(ctx: PlanContext, table: TableRef, column: string): void {
  const at = label(table, column);
  if (!ctx.online) {
    ctx.add(PRIORITY.alterColumn, { op: 'setNotNull', table, column }, `${at} becomes NOT NULL (scans the table under ACCESS EXCLUSIVE)`, { hazards: ['ACCESS_EXCLUSIVE_LOCK', 'MAY_FAIL_ON_EXISTING_DATA'], existing: true });
    return;
  }
  const name = makeObjectName(table.name, column, 'not_null_gen');
  const check = { existing: true, deps: { needs: [key.constraint(table, name)] } };
  ctx.add(PRIORITY.addCheck, { op: 'addNotNullCheck', table, column, name }, `prove ${at} NOT NULL without blocking writes`, { existing: true });
  ctx.add(PRIORITY.validate, { op: 'validateConstraint', table, name }, `validate that ${at} holds no NULL`, { hazards: ['LONG_RUNNING', 'MAY_FAIL_ON_EXISTING_DATA'], isolate: true, existing: true, long: true });
  ctx.add(PRIORITY.setNotNull, { op: 'setNotNull', table, column }, `${at} becomes NOT NULL (no scan: the validated check proves it)`, check);
  // Needs the check it drops: it was created by this plan.
  ctx.add(PRIORITY.dropTemporary, { op: 'dropConstraint', table, name }, `drop the temporary check on ${at}`, check);
}

/** A child's own attributes for a column it only inherits. Its ALTER reaches the child's own
 * children too, as a parent's does; `from` already holds what the parents' steps left. */
export function alterInheritedColumn(ctx: PlanContext, table: TableRef, from: InheritedColumn, to: InheritedColumn): void {
  const col = to.name;
  const at = label(table, col);
  const opts = { existing: !ctx.isNew(table) };
  if (from.default !== to.default) {
    const offDefault = { ...opts, deps: { needs: defined([nextvalKey(from.default)]).map(old) } };
    if (to.default === undefined) ctx.add(PRIORITY.inheritedDefault, { op: 'dropDefault', table, column: col }, `drop the default of ${at} (its own, not its parent's)`, offDefault);
    else ctx.add(PRIORITY.inheritedDefault, { op: 'setDefault', table, column: col, expression: to.default }, `set the default of ${at} (its own, not its parent's)`, offDefault);
  }
  if (from.storage !== to.storage) ctx.add(PRIORITY.inheritedDefault, { op: 'setColumnStorage', table, column: col, storage: to.storage ?? 'default' }, `storage of ${at}`, opts);
  if (from.compression !== to.compression) ctx.add(PRIORITY.inheritedDefault, { op: 'setColumnCompression', table, column: col, compression: to.compression ?? 'default' }, `compression of ${at}`, opts);
  if (from.nullable && !to.nullable) {
    ctx.add(PRIORITY.inheritedColumn, { op: 'setNotNull', table, column: col }, `${at} becomes NOT NULL (scans the table under ACCESS EXCLUSIVE)`, {
      ...opts,
      hazards: opts.existing ? ['ACCESS_EXCLUSIVE_LOCK', 'MAY_FAIL_ON_EXISTING_DATA'] : [],
    });
  }
  if (!from.nullable && to.nullable) ctx.add(PRIORITY.inheritedColumn, { op: 'dropNotNull', table, column: col }, `${at} accepts NULL`, opts);
  if (from.comment !== to.comment) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'column', table, column: col }, ...(to.comment !== undefined ? { text: to.comment } : {}) }, `comment on ${at}`);
}
