/** What `gen deploy` would do, decided from the files and the history alone (pure): the pending
 * migrations in order (with where to resume one that an earlier attempt started), or the reasons
 * to refuse. */
import type { Unit } from '../sql/units.js';
import type { MigrationFile } from './dir.js';
import { type HistoryRow, isApplied, latestByName } from './history.js';
import { checksum } from './sum.js';
import { assertNever } from '../model/types.js';

/** A migration's units as the decision needs them (from `prepareMigration`). */
export interface UnitsOf {
  readonly units: readonly Unit[];
  readonly unitSums: readonly string[];
}

/** What an earlier attempt at a pending migration left: shown by `gen status`. */
export interface Previous {
  /** `interrupted`: the process or its connection died part-way; `resolved`: `gen resolve
   * --rolled-back` recorded it; otherwise how the attempt failed. */
  readonly state: 'interrupted' | 'resolved' | 'transient' | 'rolled-back';
  /** The first line of the failure, when it failed. */
  readonly error?: string;
}

/** A migration to apply, and where to resume it when an earlier attempt started it. */
export interface PendingMigration {
  readonly file: MigrationFile;
  /** `id`: the attempt's row, completed by this run (an interrupted attempt on an unchanged
   * file); without it this run records a new attempt. `unit`: the 1-based unit to start at. */
  readonly resume?: { readonly id?: number; readonly applied: number; readonly unit: number; readonly units: number };
  readonly previous?: Previous;
}

/** The decision. `problems` non-empty means: refuse, apply nothing. */
export interface DeployDecision {
  readonly pending: readonly PendingMigration[];
  readonly problems: readonly string[];
}

/** Options of the decision. `unitsOf` splits a migration (it is only called for migrations that
 * an earlier attempt started); without it a started migration must be unchanged to resume. */
export interface DecideOptions {
  readonly allowOutOfOrder?: boolean;
  readonly unitsOf?: (f: MigrationFile) => UnitsOf;
}

/** Where an attempt recorded in `row` lets `f` resume: the committed units must be unchanged in
 * the file (by their recorded checksums; a row of an older gen has none, so there the whole file
 * must be unchanged). A problem (a sentence) when they are not. */
export function resumePoint(f: MigrationFile, row: HistoryRow, split?: UnitsOf): { readonly applied: number; readonly unit: number; readonly units: number } | string {
  const committed = row.applied_statements;
  const unchanged = row.checksum === checksum(f.sql);
  if (!split) {
    if (committed > 0 && !unchanged) return `${f.name}/migration.sql was edited after ${committed} of its statements were applied; restore the version that ran (or put the change in a new migration)`;
    return { applied: committed, unit: 0, units: 0 };
  }
  const { units, unitSums } = split;
  let n = 0;
  let i = 0;
  while (n < committed) {
    const u = units[i];
    if (!u) return `${f.name}/migration.sql has ${n} statements, fewer than the ${committed} already applied from it; restore the version that ran`;
    const recorded = row.unit_checksums?.[i];
    if ((row.unit_checksums ? recorded !== unitSums[i] : !unchanged) && u.statements.length > 0) {
      const s = u.statements[0]!;
      return `${f.name}/migration.sql:${s.line}:${s.column}: unit ${i + 1}, already committed, was edited since; restore it (only units that have not run may change) or put the change in a new migration`;
    }
    n += u.statements.length;
    i++;
  }
  if (n !== committed) return `${f.name}/migration.sql was edited: its units no longer end after the ${committed} statements already applied; restore the version that ran`;
  return { applied: committed, unit: i + 1, units: units.length };
}

/** The earlier attempt, in a few words. */
export function describePrevious(p: Previous): string {
  switch (p.state) {
    case 'interrupted':
      return 'the last attempt was cut off part-way';
    case 'resolved':
      return 'recorded as rolled back with gen resolve';
    case 'transient':
      return `the last attempt failed on a transient error: ${p.error ?? ''}`;
    case 'rolled-back':
      return `the last attempt failed and rolled back: ${p.error ?? ''}`;
    default:
      return assertNever(p.state, 'previous attempt');
  }
}

/** Decides what to deploy. */
export function decideDeploy(files: readonly MigrationFile[], rows: readonly HistoryRow[], options: DecideOptions = {}): DeployDecision {
  const latest = latestByName(rows);
  const problems: string[] = [];
  const pending: PendingMigration[] = [];
  let newestApplied: string | undefined;
  const byName = new Map(files.map((f) => [f.name, f]));
  const blocked = new Set<string>();
  for (const [name, row] of latest) {
    const file = byName.get(name);
    if (row.operation === 'rollback') {
      // A finished rollback leaves the migration pending; an unfinished one must finish first.
      if (row.finished_at === null) {
        blocked.add(name);
        problems.push(`${name} is part-way through a rollback${row.logs ? ` (${row.logs.split('\n')[0]})` : ' (cut off)'}: run gen rollback again to finish it (it resumes where it stopped)`);
      }
      continue;
    }
    if (row.rolled_back_at) continue;
    if (row.finished_at !== null) {
      if (!file) problems.push(`${name} is applied but its folder is gone from the migrations; restore it (history is never rewritten)`);
      else if (row.checksum !== checksum(file.sql)) problems.push(`${name}/migration.sql was edited after it was applied; restore the applied version and put the change in a new migration`);
      if (newestApplied === undefined || name > newestApplied) newestApplied = name;
    } else if (row.logs !== null && (row.failure === 'partial' || row.failure === null)) {
      // Work outside a transaction may be left (rows of an older gen say nothing: the same).
      blocked.add(name);
      const advice = row.failure === null ? `fix the cause, then run gen resolve --rolled-back ${name} (to run it again) or gen resolve --applied ${name} (if you completed it by hand)` : lastLine(row.logs);
      problems.push(`${name} failed: ${row.logs.split('\n')[0]}\n  ${advice}`);
    }
  }
  for (const f of files) {
    const row = latest.get(f.name);
    if (blocked.has(f.name)) continue;
    if (row && isApplied(row)) continue;
    if (newestApplied !== undefined && f.name < newestApplied && !options.allowOutOfOrder) {
      problems.push(`${f.name} is pending but sorts before ${newestApplied}, which is already applied (a branch merged late?); rename it to sort last, or pass --allow-out-of-order`);
      continue;
    }
    if (!row || row.operation === 'rollback') {
      pending.push({ file: f });
      continue;
    }
    const previous: Previous = row.rolled_back_at ? { state: 'resolved' } : row.logs === null ? { state: 'interrupted' } : { state: row.failure === 'transient' ? 'transient' : 'rolled-back', error: row.logs.split('\n')[0]! };
    // An attempt that committed nothing and was not cut off left nothing to resume.
    const interrupted = previous.state === 'interrupted';
    if (row.applied_statements === 0 && !interrupted) {
      pending.push({ file: f, previous });
      continue;
    }
    const at = resumePoint(f, row, options.unitsOf?.(f));
    if (typeof at === 'string') {
      problems.push(at);
      continue;
    }
    // An interrupted attempt on the unchanged file is completed in its own row.
    const id = interrupted && row.checksum === checksum(f.sql) ? { id: row.id } : {};
    pending.push({ file: f, resume: { ...id, ...at }, previous });
  }
  return { pending: problems.length > 0 ? [] : pending, problems };
}

/** The advice a failure recorded (the last line of its message). */
function lastLine(logs: string): string {
  return (logs.trim().split('\n').at(-1) ?? '').trim();
}
