/** `gen deploy`: apply pending migrations in order, non-interactively, under an advisory lock.
 * Never generates, never prompts, never resets. */
import path from 'node:path';
import { connect } from '../db/connect.js';
import type { Queryable } from '../db/queryable.js';
import { redactUrl, resolveUrl } from '../db/url.js';
import { applyBatch, prepareMigration } from '../migrations/apply.js';
import { decideDeploy, describePrevious } from '../migrations/deploy.js';
import { readMigrations } from '../migrations/dir.js';
import { ensureHistory, historyRows } from '../migrations/history.js';
import { sumRefusal } from '../migrations/sum.js';
import { loadSqlParser } from '../sql/split.js';
import { commandBoundary } from './boundary.js';
import { UserError } from './errors.js';
import { VERSION } from '../version.js';

/** Options of `gen deploy`. */
export interface DeployFlags {
  url?: string;
  lockWait?: string;
  dryRun?: boolean;
  allowOutOfOrder?: boolean;
  migrations?: string;
  /** How many times a unit that failed on a lock timeout, deadlock or serialization failure is
   * run again within this run (default 3). */
  retries?: string;
}

/** The default of `--retries`. */
export const DEFAULT_RETRIES = 3;

function parseRetries(text: string | undefined): number {
  if (text === undefined) return DEFAULT_RETRIES;
  if (!/^\d{1,2}$/.test(text.trim())) throw new UserError(`--retries ${text}: expected a whole number from 0 to 99`);
  return Number(text);
}

/** One lock for every gen deploy on a database (`hashtext('gen deploy')` would do too; a constant
 * keeps it independent of the server's hash function). */
export const DEPLOY_LOCK = 7_261_637_410;

function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new UserError(`--lock-wait ${text}: expected a duration such as 60s, 500ms or 2m`);
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
}

async function lock(db: Queryable, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const [r] = await db.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [DEPLOY_LOCK]);
    if (r?.ok) return;
    if (Date.now() >= deadline) {
      const holders = await db.query<{ pid: number }>(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = $1",
        [DEPLOY_LOCK],
      );
      throw new UserError(`another gen deploy holds the migration lock (pid ${holders.map((h) => h.pid).join(', ') || 'unknown'}); waited ${waitMs / 1000} s (--lock-wait)`, 'lock-timeout');
    }
    await new Promise((r) => setTimeout(r, Math.min(250, Math.max(10, deadline - Date.now()))));
  }
}

/** Runs `gen deploy`; returns the exit code. */
export async function deployCommand(flags: DeployFlags, cwd = process.cwd()): Promise<number> {
  let db: Queryable | undefined;
  return commandBoundary(async () => {
    const resolved = resolveUrl({ flag: flags.url, cwd });
    if (!resolved) throw new UserError('no database URL: pass --url, set DATABASE_URL, or put DATABASE_URL in .env (gen deploy never uses the development database on its own)', 'no-database-url');
    const waitMs = parseDuration(flags.lockWait ?? '60s');
    const retries = parseRetries(flags.retries);
    const dir = path.resolve(cwd, flags.migrations ?? 'migrations');
    // A missing folder is a mistake, not an empty deploy (which would create the history).
    const files = readMigrations(dir);
    // gen.sum is checked before the database is touched: a merge that kept both sides, a hand
    // edit or a conflict marker must not reach production.
    const refusal = sumRefusal(dir, files, path.relative(cwd, dir) || '.');
    if (refusal) throw new UserError(`refusing to deploy (nothing was applied): ${refusal}`, 'gen-sum-mismatch');
    db = await connect(resolved.url, cwd);
    await lock(db, waitMs);
    await ensureHistory(db);
    const rows = await historyRows(db);
    // Splitting is needed only to check where a started migration resumes.
    if (rows.some((r) => r.finished_at === null)) await loadSqlParser();
    const decision = decideDeploy(files, rows, { allowOutOfOrder: flags.allowOutOfOrder === true, unitsOf: prepareMigration });
    if (decision.problems.length > 0) throw new UserError(`refusing to deploy:\n${decision.problems.map((p) => `  ${p}`).join('\n')}`, 'refused');
    const where = redactUrl(resolved.url);
    if (decision.pending.length === 0) {
      process.stdout.write(`nothing to deploy: ${files.length} migration${files.length === 1 ? '' : 's'} applied to ${where}\n`);
      return 0;
    }
    if (flags.dryRun) {
      process.stdout.write(`would apply ${decision.pending.length} migration${decision.pending.length === 1 ? '' : 's'} to ${where}:\n${decision.pending.map((p) => `  ${p.file.name}${p.resume ? ` (resuming at unit ${p.resume.unit} of ${p.resume.units}, after ${p.resume.applied} statements)` : ''}`).join('\n')}\n`);
      return 0;
    }
    for (const p of decision.pending) {
      if (p.previous && p.resume) process.stdout.write(`resuming ${p.file.name} at unit ${p.resume.unit} of ${p.resume.units} (${describePrevious(p.previous)})\n`);
      else if (p.previous) process.stdout.write(`running ${p.file.name} again (${describePrevious(p.previous)})\n`);
    }
    await applyBatch(db, decision.pending, VERSION, (p, ms) => process.stdout.write(`applied ${p.file.name}${p.resume ? ' (resumed)' : ''} in ${ms} ms\n`), {
      retries,
      onRetry: (message) => process.stdout.write(`${message}\n`),
    });
    process.stdout.write(`deployed ${decision.pending.length} migration${decision.pending.length === 1 ? '' : 's'} to ${where}\n`);
    return 0;
  }, async () => {
    // Closing the session releases the advisory lock.
    await db?.close();
  });
}
