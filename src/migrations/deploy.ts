/** What `gen deploy` would do, decided from the files and the history alone (pure): the pending
 * migrations in order (with where to resume one a crash interrupted), or the reasons to refuse. */
import type { MigrationFile } from './dir.js';
import { type HistoryRow, latestByName } from './history.js';
import { checksum } from './sum.js';

/** A migration to apply, and the history row to resume when a previous run was cut off. */
export interface PendingMigration {
  readonly file: MigrationFile;
  readonly resume?: { readonly id: number; readonly applied: number };
}

/** The decision. `problems` non-empty means: refuse, apply nothing. */
export interface DeployDecision {
  readonly pending: readonly PendingMigration[];
  readonly problems: readonly string[];
}

/** Decides what to deploy. */
export function decideDeploy(files: readonly MigrationFile[], rows: readonly HistoryRow[], options: { allowOutOfOrder?: boolean } = {}): DeployDecision {
  const latest = latestByName(rows);
  const problems: string[] = [];
  const pending: PendingMigration[] = [];
  let newestApplied: string | undefined;
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const [name, row] of latest) {
    const file = byName.get(name);
    if (row.rolled_back_at) continue;
    if (row.finished_at !== null) {
      if (!file) problems.push(`${name} is applied but its folder is gone from the migrations; restore it (history is never rewritten)`);
      else if (row.checksum !== checksum(file.sql)) problems.push(`${name}/migration.sql was edited after it was applied; restore the applied version and put the change in a new migration`);
      if (newestApplied === undefined || name > newestApplied) newestApplied = name;
    } else if (row.logs !== null) {
      problems.push(`${name} failed: ${row.logs.split('\n')[0]}\n  fix the cause, then mark it with gen resolve --rolled-back ${name} (to run it again) or gen resolve --applied ${name} (if you completed it by hand)`);
    }
  }
  for (const f of files) {
    const row = latest.get(f.name);
    if (row && !row.rolled_back_at && row.finished_at !== null) continue;
    if (row && !row.rolled_back_at && row.logs !== null) continue; // reported above
    if (newestApplied !== undefined && f.name < newestApplied && !options.allowOutOfOrder) {
      problems.push(`${f.name} is pending but sorts before ${newestApplied}, which is already applied (a branch merged late?); rename it to sort last, or pass --allow-out-of-order`);
      continue;
    }
    // A row that is neither finished nor failed: the process died part-way. Resume it.
    const interrupted = row && !row.rolled_back_at && row.finished_at === null && row.logs === null;
    if (interrupted && row.checksum !== checksum(f.sql)) {
      problems.push(`${f.name} was interrupted part-way and has been edited since; restore it, or resolve it with gen resolve`);
      continue;
    }
    pending.push(interrupted ? { file: f, resume: { id: row.id, applied: row.applied_statements } } : { file: f });
  }
  return { pending: problems.length > 0 ? [] : pending, problems };
}
