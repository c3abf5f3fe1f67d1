/** Steps for enums. PostgreSQL adds a value at a position (`ADD VALUE ... BEFORE/AFTER`) and
 * renames one in place, but cannot drop or reorder values: then the type is rebuilt — the old
 * one renamed aside, the new one created, the columns that keep it converted through text, and
 * the old one dropped once nothing uses it. */
import type { Change } from '../diff/changes.js';
import { quoteLiteral } from '../model/identifiers.js';
import { PRIORITY, type PlanContext } from './context.js';
import { key } from './keys.js';

const typeLabel = (e: { schema: string; name: string }) => (e.schema === 'public' ? e.name : `${e.schema}.${e.name}`);

/** Steps of a `RecreateEnum` change. */
export function rebuildEnum(ctx: PlanContext, c: Extract<Change, { kind: 'RecreateEnum' }>): void {
  const { from, to } = c;
  const aside = ctx.rebuilt(from.schema, from.name);
  const what = `enum ${typeLabel(to)}`;
  const columns = c.users.map((u) => ({ table: u.table, column: u.column.name, array: u.column.type.endsWith('[]') }));
  if (c.removed.length > 0 && columns.length > 0) {
    ctx.add(PRIORITY.enumRebuild, { op: 'assertEnumValuesUnused', schema: to.schema, name: to.name, values: c.removed, columns }, `stop if any row still uses ${c.removed.join(', ')} of ${what}`, { hazards: ['MAY_FAIL_ON_EXISTING_DATA'] });
  }
  ctx.add(PRIORITY.enumRebuild, { op: 'renameEnum', schema: from.schema, name: from.name, to: aside }, `move the old ${what} aside`);
  ctx.add(PRIORITY.enumRebuild, { op: 'createEnum', enum: { ...to, comment: undefined } as typeof to }, `create ${what} with its new values`);
  const removed = new Set(c.removed);
  for (const u of c.users) {
    const at = `${typeLabel(u.table)}.${u.column.name}`;
    const existing = !ctx.isNew(u.table);
    if (u.column.default !== undefined) ctx.add(PRIORITY.enumRebuild, { op: 'dropDefault', table: u.table, column: u.column.name }, `drop the default of ${at} while it is converted`, { existing });
    ctx.add(PRIORITY.enumRebuild, { op: 'alterColumnType', table: u.table, column: u.column.name, type: u.column.type, conversion: u.column.type.endsWith('[]') ? 'via-text-array' : 'via-text' }, `convert ${at} to the new ${what}`, {
      hazards: ['TABLE_REWRITE', 'ACCESS_EXCLUSIVE_LOCK'],
      existing,
      long: true,
    });
    // The default still reads `'value'::type` and the type keeps its name: put it back unless its value is gone.
    const d = u.column.default;
    if (d !== undefined && ![...removed].some((v) => d.startsWith(`${quoteLiteral(v)}::`))) {
      ctx.add(PRIORITY.enumRebuild, { op: 'setDefault', table: u.table, column: u.column.name, expression: d }, `restore the default of ${at}`, { existing });
    }
  }
  // Last: columns that are dropped or retyped by this migration keep the old type until then.
  ctx.add(PRIORITY.dropEnum, { op: 'dropEnum', schema: from.schema, name: aside }, `drop the old ${what}`, { deps: { needs: [key.type(from.schema, aside)] } });
  if (to.comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'type', schema: to.schema, name: to.name }, text: to.comment }, `comment on ${what}`);
}

/** Steps of the other enum changes. */
export function enumStep(ctx: PlanContext, c: Extract<Change, { kind: 'AddEnum' | 'DropEnum' | 'AddEnumValue' | 'RenameEnumValue' | 'AlterEnumComment' }>): void {
  switch (c.kind) {
    case 'AddEnum':
      ctx.add(PRIORITY.enum, { op: 'createEnum', enum: { ...c.enum, comment: undefined } as typeof c.enum }, `create enum ${typeLabel(c.enum)}`);
      if (c.enum.comment !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'type', schema: c.enum.schema, name: c.enum.name }, text: c.enum.comment }, `comment on enum ${typeLabel(c.enum)}`);
      return;
    case 'DropEnum':
      ctx.add(PRIORITY.dropEnum, { op: 'dropEnum', schema: c.enum.schema, name: c.enum.name }, `drop enum ${typeLabel(c.enum)}`);
      return;
    case 'AddEnumValue':
      // Runs on its own: a value added in a transaction cannot be used until it commits.
      ctx.add(
        PRIORITY.enum,
        { op: 'addEnumValue', schema: c.enum.schema, name: c.enum.name, value: c.value, ...(c.before !== undefined ? { before: c.before } : {}), ...(c.after !== undefined ? { after: c.after } : {}) },
        `add ${c.value} to enum ${typeLabel(c.enum)}`,
        { isolate: true },
      );
      return;
    case 'RenameEnumValue':
      ctx.add(PRIORITY.enum, { op: 'renameEnumValue', schema: c.enum.schema, name: c.enum.name, from: c.from, to: c.to }, `rename ${c.from} to ${c.to} in enum ${typeLabel(c.enum)}`, { hazards: ['BREAKS_CLIENTS'] });
      return;
    case 'AlterEnumComment':
      ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'type', schema: c.enum.schema, name: c.enum.name }, ...(c.to !== undefined ? { text: c.to } : {}) }, `comment on enum ${typeLabel(c.enum)}`);
      return;
  }
}
