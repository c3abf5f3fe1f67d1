/** `gen resolve --applied NAME | --rolled-back NAME`: record by hand what happened to a failed
 * (or baselined) migration. A new history row; history is never rewritten. `--rolled-back`
 * keeps the units that committed before the failure: deploy resumes at the failed unit, and the
 * file may have changed from there on (not before). */
import path from 'node:path';
import { connect } from '../db/connect.js';
import type { Queryable } from '../db/queryable.js';
import { redactUrl, resolveUrl } from '../db/url.js';
import { readMigrations } from '../migrations/dir.js';
import { HISTORY_TABLE, ensureHistory, historyRows, latestByName } from '../migrations/history.js';
import { checksum } from '../migrations/sum.js';
import { prepareMigration } from '../migrations/apply.js';
import { resumePoint } from '../migrations/deploy.js';
import { loadSqlParser } from '../sql/split.js';
import { commandBoundary } from './boundary.js';
import { UserError } from './errors.js';
import { VERSION } from '../version.js';

/** Runs `gen resolve`; returns the exit code. */
export async function resolveCommand(flags: { applied?: string; rolledBack?: string; url?: string; migrations?: string }, cwd = process.cwd()): Promise<number> {
  let db: Queryable | undefined;
  return commandBoundary(async () => {
    if ((flags.applied === undefined) === (flags.rolledBack === undefined)) throw new UserError('give one of --applied NAME or --rolled-back NAME');
    const name = (flags.applied ?? flags.rolledBack)!;
    const file = readMigrations(path.resolve(cwd, flags.migrations ?? 'migrations')).find((f) => f.name === name);
    if (!file) throw new UserError(`no migration ${name} in the migrations folder`);
    const resolved = resolveUrl({ flag: flags.url, cwd });
    if (!resolved) throw new UserError('no database URL: pass --url, set DATABASE_URL, or put DATABASE_URL in .env', 'no-database-url');
    db = await connect(resolved.url, cwd);
    await ensureHistory(db);
    const row = latestByName(await historyRows(db)).get(name);
    if (flags.rolledBack !== undefined) {
      if (!row || row.finished_at !== null || row.rolled_back_at) throw new UserError(`${name} has no failed or interrupted run to roll back`);
      // The units that committed stay: the file must still hold them as they ran.
      await loadSqlParser();
      const at = resumePoint(file, row, prepareMigration(file));
      if (typeof at === 'string') throw new UserError(`not recorded: ${at}`);
      await db.query(
        `INSERT INTO public.${HISTORY_TABLE} (name, checksum, total_statements, applied_statements, unit_checksums, rolled_back_at, logs, gen_version) VALUES ($1, $2, $3, $4, $5, clock_timestamp(), 'resolved: rolled back', $6)`,
        [name, row.checksum, row.total_statements, row.applied_statements, row.unit_checksums, VERSION],
      );
      const from = row.applied_statements > 0 ? `resume it at unit ${at.unit} of ${at.units} (the ${row.applied_statements} statements before it are committed and kept)` : 'run it from the start';
      process.stdout.write(`recorded ${name} as rolled back on ${redactUrl(resolved.url)}: gen deploy will ${from}\n`);
    } else {
      if (row && row.finished_at !== null && !row.rolled_back_at) throw new UserError(`${name} is already applied`);
      await db.query(`INSERT INTO public.${HISTORY_TABLE} (name, checksum, total_statements, applied_statements, finished_at, logs, gen_version) VALUES ($1, $2, 0, 0, clock_timestamp(), 'resolved: applied by hand', $3)`, [name, checksum(file.sql), VERSION]);
      process.stdout.write(`recorded ${name} as applied on ${redactUrl(resolved.url)}\n`);
    }
    return 0;
  }, async () => {
    await db?.close();
  });
}
