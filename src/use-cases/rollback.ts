/** Rollback: run the down.sql of applied migrations, newest first, with deploy's units, lock,
 * timeouts, progress records and crash-resume. History is never rewritten: each run adds rows
 * (operation `rollback`), after which the migration is pending again and deploy re-applies it. */
import path from 'node:path';
import { UserError } from '../errors.js';
import { applyBatch, prepareMigration } from '../migrations/apply.js';
import { readMigrations } from '../migrations/dir.js';
import { HISTORY_TABLE, historyRows } from '../migrations/history.js';
import { takeDeployLock } from '../migrations/lock.js';
import { type RollbackTarget, decideRollback } from '../migrations/rollback.js';
import { rollbackDataLoss } from '../migrations/rollback-data.js';
import { sumListsDowns, sumRefusal } from '../migrations/sum.js';
import { loadSqlParser } from '../sql/split.js';
import { VERSION } from '../version.js';
import { DEFAULT_RETRIES } from './deploy.js';
import { type OnEvent, sinkOf } from './events.js';
import { databaseLabel, projectPaths, requiredUrl, withDatabase } from './project.js';

/** Options of `rollback`. Without `to` or `steps`, the last applied migration is rolled back. */
export interface RollbackOptions {
  readonly cwd?: string | undefined;
  readonly migrations?: string | undefined;
  /** The database (default: DATABASE_URL, else .env). */
  readonly url?: string | undefined;
  /** Roll back every migration applied after this one (it stays applied). */
  readonly to?: string | undefined;
  /** Roll back the last `steps` applied migrations. */
  readonly steps?: number | undefined;
  /** Report what would run; run nothing. */
  readonly dryRun?: boolean | undefined;
  /** Run down scripts that delete data the migration did not create, or that cannot bring back
   * data the migration deleted. */
  readonly acceptDataLoss?: boolean | undefined;
  /** Run down scripts marked irreversible (the schema afterwards differs from before). */
  readonly acceptIrreversible?: boolean | undefined;
  readonly lockWaitMs?: number | undefined;
  readonly retries?: number | undefined;
  readonly onEvent?: OnEvent | undefined;
}

/** A migration rolled back (or that would be). */
export interface RolledBackMigration {
  readonly name: string;
  /** The down script, relative to the working directory. */
  readonly file: string;
  readonly resume?: { readonly unit: number; readonly units: number; readonly applied: number };
  /** Data this rollback deletes or cannot bring back (each a sentence). */
  readonly dataLoss: readonly string[];
  /** Why the schema afterwards differs from the one before the migration. */
  readonly irreversible: readonly string[];
}

/** What `rollback` did. */
export interface RollbackResult {
  readonly outcome: 'nothing-applied' | 'dry-run' | 'rolled-back';
  readonly database: string;
  /** Newest first, the order they run in. */
  readonly migrations: readonly RolledBackMigration[];
}

/** Rolls back; throws a UserError (nothing run) on a refusal. */
export async function rollback(options: RollbackOptions = {}): Promise<RollbackResult> {
  const { cwd, migrations: dir } = projectPaths(options);
  if (options.to !== undefined && options.steps !== undefined) throw new UserError('--to and --steps: give one of them');
  if (options.steps !== undefined && (!Number.isInteger(options.steps) || options.steps < 1)) throw new UserError(`--steps ${options.steps}: expected a whole number from 1`);
  const resolved = requiredUrl(options.url, cwd, ' (gen rollback never uses the development database on its own)');
  const report = sinkOf(options);
  const files = readMigrations(dir);
  const refusal = sumRefusal(dir, files, path.relative(cwd, dir) || '.');
  if (refusal) throw new UserError(`refusing to roll back (nothing was run): ${refusal}`, 'gen-sum-mismatch');
  const database = databaseLabel(resolved);
  return withDatabase(resolved.url, cwd, async (db) => {
    await takeDeployLock(db, options.lockWaitMs ?? 60_000);
    if ((await db.query(`SELECT 1 FROM pg_class WHERE relname = $1 AND relnamespace = 'public'::regnamespace`, [HISTORY_TABLE])).length === 0) {
      return { outcome: 'nothing-applied', database, migrations: [] };
    }
    await loadSqlParser();
    const rows = await historyRows(db);
    const decision = decideRollback(files, rows, { to: options.to, steps: options.steps }, { downsInSum: sumListsDowns(dir), unitsOf: (f) => prepareMigration(f, 'rollback') });
    if (decision.problems.length > 0) throw new UserError(`refusing to roll back (nothing was run):\n${decision.problems.map((p) => `  ${p}`).join('\n')}`, 'refused');
    const planned = decision.targets.map((t) => described(t, cwd));
    if (planned.length === 0) return { outcome: 'nothing-applied', database, migrations: [] };
    if (options.dryRun) return { outcome: 'dry-run', database, migrations: planned };
    const refused = [
      ...(options.acceptIrreversible ? [] : planned.flatMap((m) => m.irreversible.map((r) => `${m.name} is marked irreversible: ${r} (pass --accept-irreversible to run its down.sql anyway)`))),
      ...(options.acceptDataLoss ? [] : planned.flatMap((m) => m.dataLoss.map((r) => `${r} (pass --accept-data-loss if that is intended)`))),
    ];
    if (refused.length > 0) throw new UserError(`refusing to roll back (nothing was run):\n${refused.map((p) => `  ${p}`).join('\n')}`, 'refused');
    for (const t of decision.targets) {
      if (t.resume) report({ kind: 'resuming', name: `${t.file.name}/down.sql`, unit: t.resume.unit, units: t.resume.units, previous: 'the last rollback stopped part-way' });
    }
    const items = decision.targets.map((t) => ({ file: t.down, resume: t.resume, operation: 'rollback' as const }));
    await applyBatch(db, items, VERSION, (item, ms) => report({ kind: 'rolled-back', name: item.file.name, ms, resumed: item.resume !== undefined }), {
      retries: options.retries ?? DEFAULT_RETRIES,
      onRetry: (message) => report({ kind: 'retry', message }),
      onUnit: (progress) => report({ kind: 'unit', progress }),
    });
    return { outcome: 'rolled-back', database, migrations: planned };
  });
}

/** A target as the result reports it. */
function described(t: RollbackTarget, cwd: string): RolledBackMigration {
  return {
    name: t.file.name,
    file: path.relative(cwd, t.down.file),
    ...(t.resume ? { resume: { unit: t.resume.unit, units: t.resume.units, applied: t.resume.applied } } : {}),
    dataLoss: rollbackDataLoss(t.file.name, t.file.sql, t.down.sql),
    irreversible: t.irreversible,
  };
}
