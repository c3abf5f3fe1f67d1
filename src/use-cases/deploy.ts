/** Deploy: apply pending migrations in order, non-interactively, under the deploy lock. Never
 * generates, never prompts, never resets. */
import { applyBatch, prepareMigration } from '../migrations/apply.js';
import { decideDeploy, describePrevious } from '../migrations/deploy.js';
import { readMigrations } from '../migrations/dir.js';
import { ensureHistory, historyRows } from '../migrations/history.js';
import { takeDeployLock } from '../migrations/lock.js';
import { sumRefusal } from '../migrations/sum.js';
import { loadSqlParser } from '../sql/split.js';
import { UserError } from '../errors.js';
import { VERSION } from '../version.js';
import { type OnEvent, sinkOf } from './events.js';
import { databaseLabel, projectPaths, requiredUrl, withDatabase } from './project.js';
import path from 'node:path';

/** The default number of retries of a unit that failed on a transient error. */
export const DEFAULT_RETRIES = 3;

/** Options of `deploy`. */
export interface DeployOptions {
  readonly cwd?: string | undefined;
  readonly migrations?: string | undefined;
  /** The database (default: DATABASE_URL, else .env; never the development database). */
  readonly url?: string | undefined;
  /** How long to wait for another deploy's lock (default 60 s). */
  readonly lockWaitMs?: number | undefined;
  /** Report what would be applied; apply nothing. */
  readonly dryRun?: boolean | undefined;
  /** Apply a pending migration that sorts before an applied one. */
  readonly allowOutOfOrder?: boolean | undefined;
  /** Re-runs of a unit that failed on a lock timeout, deadlock or serialization failure. */
  readonly retries?: number | undefined;
  readonly onEvent?: OnEvent | undefined;
}

/** A migration that was (or would be) applied; `resume` when it continues an interrupted run. */
export interface DeployedMigration {
  readonly name: string;
  readonly resume?: { readonly unit: number; readonly units: number; readonly applied: number };
}

/** What `deploy` did. */
export interface DeployResult {
  readonly outcome: 'up-to-date' | 'dry-run' | 'deployed';
  /** The database, as messages name it (password redacted). */
  readonly database: string;
  /** How many migrations the folder holds. */
  readonly migrations: number;
  readonly pending: readonly DeployedMigration[];
}

/** Deploys the pending migrations; throws a UserError (nothing applied) on a gen.sum mismatch, a
 * history problem or a held lock. */
export async function deploy(options: DeployOptions = {}): Promise<DeployResult> {
  const { cwd, migrations: dir } = projectPaths(options);
  const resolved = requiredUrl(options.url, cwd, ' (gen deploy never uses the development database on its own)');
  const report = sinkOf(options);
  // A missing folder is a mistake, not an empty deploy (which would create the history).
  const files = readMigrations(dir);
  // gen.sum is checked before the database is touched: a merge that kept both sides, a hand
  // edit or a conflict marker must not reach production.
  const refusal = sumRefusal(dir, files, path.relative(cwd, dir) || '.');
  if (refusal) throw new UserError(`refusing to deploy (nothing was applied): ${refusal}`, 'gen-sum-mismatch');
  const database = databaseLabel(resolved);
  return withDatabase(resolved.url, cwd, async (db) => {
    await takeDeployLock(db, options.lockWaitMs ?? 60_000);
    await ensureHistory(db);
    const rows = await historyRows(db);
    // Splitting is needed only to check where a started migration resumes.
    if (rows.some((r) => r.finished_at === null)) await loadSqlParser();
    const decision = decideDeploy(files, rows, { allowOutOfOrder: options.allowOutOfOrder === true, unitsOf: prepareMigration });
    if (decision.problems.length > 0) throw new UserError(`refusing to deploy:\n${decision.problems.map((p) => `  ${p}`).join('\n')}`, 'refused');
    const pending = decision.pending.map((p): DeployedMigration => ({ name: p.file.name, ...(p.resume ? { resume: { unit: p.resume.unit, units: p.resume.units, applied: p.resume.applied } } : {}) }));
    const result = { database, migrations: files.length, pending };
    if (pending.length === 0) return { outcome: 'up-to-date', ...result };
    if (options.dryRun) return { outcome: 'dry-run', ...result };
    for (const p of decision.pending) {
      if (p.previous && p.resume) report({ kind: 'resuming', name: p.file.name, unit: p.resume.unit, units: p.resume.units, previous: describePrevious(p.previous) });
      else if (p.previous) report({ kind: 'rerunning', name: p.file.name, previous: describePrevious(p.previous) });
    }
    await applyBatch(db, decision.pending, VERSION, (p, ms) => report({ kind: 'applied', name: p.file.name, ms, resumed: p.resume !== undefined }), {
      retries: options.retries ?? DEFAULT_RETRIES,
      onRetry: (message) => report({ kind: 'retry', message }),
      onUnit: (progress) => report({ kind: 'unit', progress }),
    });
    return { outcome: 'deployed', ...result };
  });
}
