/** Resolve: record by hand what happened to a failed (or baselined) migration, as a new history
 * row (history is never rewritten). `rolled-back` keeps the units that committed before the
 * failure: deploy resumes at the failed unit, and the file may have changed from there on (not
 * before). */
import { UserError } from '../errors.js';
import { prepareMigration } from '../migrations/apply.js';
import { resumePoint } from '../migrations/deploy.js';
import { readMigrations } from '../migrations/dir.js';
import { HISTORY_TABLE, ensureHistory, historyRows, isApplied, latestByName } from '../migrations/history.js';
import { checksum } from '../migrations/sum.js';
import { loadSqlParser } from '../sql/split.js';
import { VERSION } from '../version.js';
import { databaseLabel, projectPaths, requiredUrl, withDatabase } from './project.js';

/** Options of `resolve`: the migration and what to record. */
export interface ResolveOptions {
  readonly cwd?: string | undefined;
  readonly migrations?: string | undefined;
  readonly url?: string | undefined;
  readonly name: string;
  readonly as: 'applied' | 'rolled-back';
}

/** What was recorded; `resume` (rolled back) says where deploy continues. */
export interface ResolveResult {
  readonly name: string;
  readonly as: 'applied' | 'rolled-back';
  readonly database: string;
  readonly resume?: { readonly unit: number; readonly units: number; readonly kept: number };
}

/** Records the resolution; refuses what does not fit the history. */
export async function resolve(options: ResolveOptions): Promise<ResolveResult> {
  const { cwd, migrations: dir } = projectPaths(options);
  const { name } = options;
  const file = readMigrations(dir).find((f) => f.name === name);
  if (!file) throw new UserError(`no migration ${name} in the migrations folder`);
  const resolved = requiredUrl(options.url, cwd);
  const database = databaseLabel(resolved);
  return withDatabase(resolved.url, cwd, async (db) => {
    await ensureHistory(db);
    const row = latestByName(await historyRows(db)).get(name);
    if (options.as === 'rolled-back') {
      if (!row || row.finished_at !== null || row.rolled_back_at) throw new UserError(`${name} has no failed or interrupted run to roll back`);
      if (row.operation === 'rollback') throw new UserError(`${name} is part-way through gen rollback, not a deploy: run gen rollback again to finish it`);
      // The units that committed stay: the file must still hold them as they ran.
      await loadSqlParser();
      const at = resumePoint(file, row, prepareMigration(file));
      if (typeof at === 'string') throw new UserError(`not recorded: ${at}`);
      await db.query(
        `INSERT INTO public.${HISTORY_TABLE} (name, checksum, total_statements, applied_statements, unit_checksums, rolled_back_at, logs, gen_version) VALUES ($1, $2, $3, $4, $5, clock_timestamp(), 'resolved: rolled back', $6)`,
        [name, row.checksum, row.total_statements, row.applied_statements, row.unit_checksums, VERSION],
      );
      return { name, as: options.as, database, resume: { unit: at.unit, units: at.units, kept: row.applied_statements } };
    }
    if (row && isApplied(row)) throw new UserError(`${name} is already applied`);
    if (row?.operation === 'rollback' && row.finished_at === null) throw new UserError(`${name} is part-way through gen rollback: run gen rollback again to finish it`);
    await db.query(`INSERT INTO public.${HISTORY_TABLE} (name, checksum, total_statements, applied_statements, finished_at, logs, gen_version) VALUES ($1, $2, 0, 0, clock_timestamp(), 'resolved: applied by hand', $3)`, [
      name,
      checksum(file.sql),
      VERSION,
    ]);
    return { name, as: options.as, database };
  });
}
