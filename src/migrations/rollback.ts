/** What `gen rollback` would do, decided from the files and the history alone (pure): the applied
 * migrations to roll back, newest first, each with its down.sql (and where to resume a rollback
 * an earlier run started), or the reasons to refuse. */
import type { UnitsOf } from './deploy.js';
import { resumePoint } from './deploy.js';
import type { MigrationFile } from './dir.js';
import type { HistoryRow } from './history.js';
import { irreversibleReasons } from './sum.js';
import { checksum } from './sum.js';

/** Which applied migrations to roll back: the last `steps` (default 1), or every one applied
 * after `to` (which stays applied). */
export interface RollbackSelection {
  readonly to?: string | undefined;
  readonly steps?: number | undefined;
}

/** A migration to roll back: its down script as a file to run, and where to resume it. */
export interface RollbackTarget {
  readonly file: MigrationFile;
  /** The down script, named as the migration (the history row's name). */
  readonly down: MigrationFile;
  readonly resume?: { readonly id?: number; readonly applied: number; readonly unit: number; readonly units: number };
  /** Why the down script cannot restore the schema exactly (its `gen:irreversible` lines). */
  readonly irreversible: readonly string[];
}

/** The decision: `problems` non-empty means refuse, run nothing. */
export interface RollbackDecision {
  readonly targets: readonly RollbackTarget[];
  readonly problems: readonly string[];
}

/** Options: `downsInSum` is false when gen.sum was written by a gen that did not record down
 * scripts (they are then unchecked); `unitsOf` splits a down script to find where a started
 * rollback resumes. */
export interface RollbackDecideOptions {
  readonly downsInSum: boolean;
  readonly unitsOf?: (f: MigrationFile) => UnitsOf;
}

/** Each migration's state from the history: the id of the run that applied it (when applied),
 * the unfinished rollback of it (when one is part-way), and unfinished deploys. */
function statesOf(rows: readonly HistoryRow[]) {
  const applied = new Map<string, number>();
  const midway = new Map<string, HistoryRow>();
  const unfinished = new Map<string, HistoryRow>();
  for (const r of rows) {
    midway.delete(r.name);
    unfinished.delete(r.name);
    if (r.operation === 'rollback') {
      if (r.finished_at !== null) applied.delete(r.name);
      else midway.set(r.name, r);
    } else if (r.rolled_back_at) {
      applied.delete(r.name);
    } else if (r.finished_at !== null) {
      applied.set(r.name, r.id);
    } else {
      unfinished.set(r.name, r);
    }
  }
  return { applied, midway, unfinished };
}

/** Decides what to roll back. */
export function decideRollback(files: readonly MigrationFile[], rows: readonly HistoryRow[], selection: RollbackSelection, options: RollbackDecideOptions): RollbackDecision {
  const { applied, midway, unfinished } = statesOf(rows);
  const problems: string[] = [];
  for (const [name, r] of unfinished) {
    // A failed attempt that committed nothing left nothing behind.
    if (r.applied_statements > 0 || r.logs === null)
      problems.push(`${name} is part-way applied (its last deploy ${r.logs === null ? 'was cut off' : 'failed'}): finish it with gen deploy, or record it with gen resolve, before rolling back`);
  }
  // Newest first, by when each was applied; a rollback cut off part-way comes first of all.
  const order = [
    ...midway.keys(),
    ...[...applied]
      .filter(([n]) => !midway.has(n))
      .sort((a, b) => b[1] - a[1])
      .map(([n]) => n),
  ];
  const chosen = choose(order, selection, problems, midway.size);
  const byName = new Map(files.map((f) => [f.name, f]));
  const targets: RollbackTarget[] = [];
  for (const name of chosen) {
    const file = byName.get(name);
    if (!file) {
      problems.push(`${name} is applied but its folder is gone from the migrations; restore it to roll it back`);
      continue;
    }
    if (!file.down) {
      problems.push(`${name} has no down.sql, so it cannot be rolled back (write one and run gen hash, or restore the database from a backup)`);
      continue;
    }
    if (!options.downsInSum) {
      problems.push(`gen.sum does not record ${name}/down.sql (written by hand, or by an older gen): review it, then run gen hash`);
      continue;
    }
    const down: MigrationFile = { name, file: file.down.file, sql: file.down.sql };
    const target = { file, down, irreversible: irreversibleReasons(file.down.sql) };
    const row = midway.get(name);
    if (!row || (row.applied_statements === 0 && row.logs !== null)) {
      targets.push(target);
      continue;
    }
    const at = resumePoint(down, row, options.unitsOf?.(down));
    if (typeof at === 'string') {
      problems.push(at.replace('/migration.sql', '/down.sql'));
      continue;
    }
    targets.push({ ...target, resume: { ...(row.logs === null && row.checksum === checksum(down.sql) ? { id: row.id } : {}), ...at } });
  }
  // A migration that sorts after one being rolled back, and stays applied, was written on top of it.
  const kept = [...applied.keys()].filter((n) => !chosen.includes(n));
  for (const t of targets) {
    const later = kept.filter((n) => n > t.file.name).sort();
    if (later.length > 0)
      problems.push(
        `${later.join(', ')} ${later.length === 1 ? 'is' : 'are'} applied and sort${later.length === 1 ? 's' : ''} after ${t.file.name}: roll ${later.length === 1 ? 'it' : 'them'} back first (a larger --steps, or --to an earlier migration)`,
      );
  }
  return { targets: problems.length > 0 ? [] : targets, problems };
}

/** The names to roll back from `order` (newest first). */
function choose(order: readonly string[], selection: RollbackSelection, problems: string[], midway: number): string[] {
  if (selection.to !== undefined) {
    const i = order.indexOf(selection.to);
    if (i < 0 || i < midway) {
      problems.push(`--to ${selection.to}: no such applied migration (it names the migration that stays applied; the ones applied after it are rolled back)`);
      return [];
    }
    return order.slice(0, i);
  }
  // Nothing applied and nothing asked for: nothing to do, not an error.
  if (selection.steps === undefined && order.length === 0) return [];
  const steps = selection.steps ?? 1;
  if (steps > order.length) problems.push(`--steps ${steps}: only ${order.length} migration${order.length === 1 ? ' is' : 's are'} applied`);
  return order.slice(0, Math.max(steps, midway));
}
