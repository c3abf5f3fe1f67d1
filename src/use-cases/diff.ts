/** Diff: the changes between any two sources (empty, a DBML file or schema folder, a database, a
 * migrations folder), with the plan that applies them and its script. One direction only. */
import type { Change, Rename, RenameHint } from '../diff/changes.js';
import { type BrokenUnmanaged, brokenUnmanaged } from '../diff/unmanaged.js';
import { diff as diffSchemas, renameHints } from '../diff/index.js';
import { parseRenameFlag } from '../diff/rename-flag.js';
import { UserError } from '../errors.js';
import type { UnmanagedObject } from '../introspect/index.js';
import type { Schema } from '../model/types.js';
import { plan } from '../plan/index.js';
import type { Plan } from '../plan/types.js';
import { render } from '../render/index.js';
import type { PlanTimeouts } from './dev.js';
import type { OnEvent } from './events.js';
import type { Finding } from '../sql/lint/types.js';
import { type LintRules, lintText } from './lint.js';
import { type Source, comparable, loadBoth } from './sources.js';

export type { Source } from './sources.js';

/** Options of `diff`. */
export interface DiffOptions {
  readonly from: Source;
  readonly to: Source;
  readonly shadowUrl?: string | undefined;
  /** Declared renames, as `--rename` takes them. */
  readonly renames?: readonly string[] | undefined;
  readonly online?: boolean | undefined;
  readonly timeouts?: PlanTimeouts | undefined;
  /** Lint the script too (as `gen lint` would the migration), with these severities. */
  readonly lint?: boolean | undefined;
  readonly lintRules?: LintRules | undefined;
  readonly onEvent?: OnEvent | undefined;
}

/** The changes, their plan and script, and what each database side holds that gen leaves alone. */
export interface DiffResult {
  readonly changes: readonly Change[];
  readonly plan: Plan;
  readonly script: string;
  readonly hints: readonly RenameHint[];
  readonly unmanaged: { readonly from: readonly UnmanagedObject[]; readonly to: readonly UnmanagedObject[] };
  /** Unmanaged objects of the source that the changes would break. */
  readonly broken: readonly BrokenUnmanaged[];
  /** The two sides as compared. */
  readonly schemas: { readonly from: Schema; readonly to: Schema };
  /** With `lint`: the script's findings that no directive or declared hazard silences. */
  readonly findings?: readonly Finding[];
}

/** Compares the two sources. */
export async function diff(options: DiffOptions): Promise<DiffResult> {
  let [from, to] = await loadBoth(options.from, options.to, options.shadowUrl, options.onEvent);
  [from, to] = await comparable(from, to, options.shadowUrl);
  const renames: Rename[] = [...to.renames];
  for (const f of options.renames ?? []) {
    const r = parseRenameFlag(f, from.schema);
    if (typeof r === 'string') throw new UserError(r);
    renames.push(r);
  }
  const changes = diffSchemas(from.schema, to.schema, { renames });
  const up = plan(changes, { from: from.schema, to: to.schema }, { online: options.online !== false, ...options.timeouts });
  const script = render(up, { title: 'gen diff' });
  const findings = options.lint ? (await lintText(script, 'script', options.lintRules)).filter((f) => !f.ignored) : undefined;
  return {
    changes,
    plan: up,
    script,
    hints: renameHints(changes),
    unmanaged: { from: from.unmanaged ?? [], to: to.unmanaged ?? [] },
    broken: brokenUnmanaged(from.unmanaged ?? [], changes),
    schemas: { from: from.schema, to: to.schema },
    ...(findings ? { findings } : {}),
  };
}
