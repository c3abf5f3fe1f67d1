/** diff → plan → render in one call: the up and down scripts that turn one schema into another. */
import { diff, renameHints } from '../diff/index.js';
import type { Change, Rename, RenameHint } from '../diff/changes.js';
import type { Schema } from '../model/types.js';
import { render } from '../render/index.js';
import { plan, planDown } from './index.js';
import type { Plan, PlanOptions } from './types.js';

/** The empty database: only `public`. */
export const EMPTY_SCHEMA: Schema = { schemas: ['public'], enums: [], tables: [] };

/** Up and down scripts with their plans. */
export interface Migration {
  readonly changes: readonly Change[];
  readonly up: Plan;
  readonly down: Plan;
  readonly upSql: string;
  readonly downSql: string;
  readonly hints: readonly RenameHint[];
}

/** Options of `migration`: the planner's, the declared renames, and the scripts' title line. */
export interface MigrationOptions extends PlanOptions {
  readonly renames?: readonly Rename[];
  readonly title?: string;
}

/** Plans the migration from `from` to `to`. */
export function migration(from: Schema, to: Schema, options: MigrationOptions = {}): Migration {
  const renames = options.renames ?? [];
  const changes = diff(from, to, { renames });
  const up = plan(changes, { from, to }, options);
  const down = planDown(from, to, renames, options);
  return {
    changes,
    up,
    down,
    upSql: render(up, { title: options.title ?? 'gen migration' }),
    downSql: render(down, { title: `down: reverses ${options.title ?? 'gen migration'}` }),
    hints: renameHints(changes),
  };
}

/** The same migration with its scripts rendered under `title` (no new diff or plan). */
export function titled(m: Migration, title: string): Migration {
  return { ...m, upSql: render(m.up, { title }), downSql: render(m.down, { title: `down: reverses ${title}` }) };
}

/** The script that creates `schema` from an empty database (no down script: nothing reverses a
 * build on the shadow database). */
export function creationScript(schema: Schema, title: string): string {
  return render(plan(diff(EMPTY_SCHEMA, schema), { from: EMPTY_SCHEMA, to: schema }), { title });
}
