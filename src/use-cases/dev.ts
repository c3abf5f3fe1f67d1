/** Dev: bring the development database up to date with the migrations, check it has not drifted,
 * then turn the difference between the migrations and the desired schema into a new migration
 * (migration.sql, down.sql, gen.sum) and apply it. The migration is planned once (see
 * docs/ARCHITECTURE.md §4). */
import path from 'node:path';
import { DbError, type Queryable } from '../db/queryable.js';
import type { Rename, RenameHint } from '../diff/changes.js';
import { describeChange } from '../diff/describe.js';
import { parseRenameFlag } from '../diff/rename-flag.js';
import { UserError } from '../errors.js';
import { writeTextFileAtomic } from '../io/text-file.js';
import { applyBatch, applyMigration, prepareMigration } from '../migrations/apply.js';
import { decideDeploy } from '../migrations/deploy.js';
import { type MigrationFile, readMigrations } from '../migrations/dir.js';
import { markIrreversible, proveDowns } from '../migrations/down-proof.js';
import { ensureHistory, historyRows } from '../migrations/history.js';
import { sumProblems, sumText } from '../migrations/sum.js';
import type { Schema } from '../model/types.js';
import { type Migration, migration, titled } from '../plan/migration.js';
import type { PlanOptions } from '../plan/types.js';
import { hazardCounts } from '../render/index.js';
import type { Finding } from '../sql/lint/types.js';
import { ScriptError } from '../sql/run.js';
import { loadSqlParser } from '../sql/split.js';
import { VERSION } from '../version.js';
import { loadDesired, shownPath } from './desired.js';
import { serverSpelled } from './server-spelled.js';
import { driftOf } from './drift.js';
import { type OnEvent, sinkOf } from './events.js';
import { type LintRules, lintFiles } from './lint.js';
import { folderName, writeMigration } from './new-migration.js';
import { type ProjectOptions, databaseLabel, devUrl, projectPaths, withDatabase } from './project.js';

/** The planner's timeouts (PostgreSQL durations, e.g. `5s`). */
export type PlanTimeouts = Pick<PlanOptions, 'lockTimeout' | 'statementTimeout' | 'longStatementTimeout'>;

/** What `dev` asks a person at a terminal; without answers it never guesses and never deletes. */
export interface DevQuestions {
  /** Was this likely rename one? */
  rename(hint: RenameHint): Promise<boolean>;
  /** The migration deletes data: go on? */
  deleteData(): Promise<boolean>;
  /** The migration's name, when none was given. */
  name(): Promise<string>;
}

/** Options of `dev`. */
export interface DevOptions extends ProjectOptions {
  /** The development database (default: DATABASE_URL, .env, else the embedded pglite:.gen/dev). */
  readonly url?: string | undefined;
  /** Scratch database for replays (default: in-memory PGlite); wiped. */
  readonly shadowUrl?: string | undefined;
  /** The new migration's name (e.g. add_orders). */
  readonly name?: string | undefined;
  /** Write the migration without applying it. */
  readonly createOnly?: boolean | undefined;
  /** Allow a migration that deletes data (DELETES_DATA). */
  readonly acceptDataLoss?: boolean | undefined;
  /** Declared renames, as `--rename` takes them (`schema.table=new`, ...). */
  readonly renames?: readonly string[] | undefined;
  /** Online-safe forms on existing tables (default true). */
  readonly online?: boolean | undefined;
  readonly timeouts?: PlanTimeouts | undefined;
  readonly lintRules?: LintRules | undefined;
  readonly questions?: DevQuestions | undefined;
  readonly onEvent?: OnEvent | undefined;
}

/** What `dev` did: nothing to generate, or the migration it wrote (and applied, unless
 * `createOnly`). */
export type DevResult =
  | { readonly outcome: 'up-to-date'; readonly schemaFiles: readonly string[] }
  | {
      readonly outcome: 'written';
      readonly folder: string;
      /** The folder's path. */
      readonly path: string;
      readonly migration: Migration;
      /** Lint findings on the new migration.sql (not ignored ones). */
      readonly findings: readonly Finding[];
      /** Why down.sql cannot restore the schema exactly (proven on the shadow database); empty
       * when it does. The reasons are also written into down.sql. */
      readonly irreversible: readonly string[];
      readonly applied: boolean;
      /** The database, as messages name it. */
      readonly database: string;
    };

/** Runs dev; throws a UserError on drift, a history problem, refused data loss or a bad name. */
export async function dev(options: DevOptions = {}): Promise<DevResult> {
  const { cwd, schema, migrations: dir } = projectPaths(options);
  const report = sinkOf(options);
  const parsed = await loadDesired(shownPath(schema, cwd), { missingHint: 'run gen init to start a project (or pass --schema FILE)', shadowUrl: options.shadowUrl, onEvent: options.onEvent });
  const files = readMigrations(dir);
  const sum = sumProblems(dir, files).filter((p) => /conflict markers|folder is gone/.test(p));
  if (sum.length > 0) throw new UserError(sum.join('\n'));
  const resolved = devUrl(options.url, cwd);
  return withDatabase(resolved.url, cwd, async (db) => {
    const current = await upToDate(db, files, options.shadowUrl, options.onEvent);
    const target = await serverSpelled(parsed.schema, parsed.fromServer, options.shadowUrl);
    const m = await planned(current, target, [...(parsed.renames ?? [])], options);
    if (m.changes.length === 0) {
      // gen.sum follows the files (a migration edited before it was applied anywhere is fine).
      writeTextFileAtomic(path.join(dir, 'gen.sum'), sumText(files));
      return { outcome: 'up-to-date', schemaFiles: [...parsed.files.dbml, ...parsed.files.sql].map((f) => path.resolve(cwd, f)) };
    }
    const hazards = hazardCounts(m.up.steps);
    report({ kind: 'planned', changes: m.changes, hints: m.hints, hazards: [...hazards] });
    if (hazards.has('DELETES_DATA') && !options.acceptDataLoss) {
      if (!options.questions) throw new UserError('this migration deletes data (see DELETES_DATA above); re-run with --accept-data-loss if that is intended', 'refused');
      if (!(await options.questions.deleteData())) throw new UserError('stopped: nothing written', 'refused');
    }
    const name = options.name ?? (await options.questions?.name())?.trim();
    if (!name) throw new UserError('--name is required (e.g. gen dev --name add_orders)');
    const folder = folderName(name, files);
    // The migration planned above, rendered under its folder's name: planned once.
    const final = titled(m, folder);
    const irreversible = await downProof(files, dir, folder, final, options);
    // gen.sum is written only when the command gets this far: a refusal leaves it as it was.
    const written = writeMigration(dir, folder, final.upSql, markIrreversible(final.downSql, irreversible), files, cwd);
    // The same safety rules as gen lint and gen status (--no-online output has findings).
    const findings = (await lintFiles([written.file], options.lintRules)).filter((f) => !f.ignored);
    report({ kind: 'written', path: path.join(dir, folder), findings, irreversible });
    if (!options.createOnly) await applyMigration(db, written, VERSION);
    return { outcome: 'written', folder, path: path.join(dir, folder), migration: final, findings, irreversible, applied: !options.createOnly, database: databaseLabel(resolved) };
  });
}

/** Applies what the history does not list as applied (the same decision as deploy, out-of-order
 * allowed), then refuses drift; returns what the database holds. */
async function upToDate(db: Queryable, files: readonly MigrationFile[], shadowUrl: string | undefined, onEvent: OnEvent | undefined): Promise<Schema> {
  await ensureHistory(db);
  const before = await historyRows(db);
  if (before.some((r) => r.finished_at === null)) await loadSqlParser();
  const decision = decideDeploy(files, before, { allowOutOfOrder: true, unitsOf: prepareMigration });
  if (decision.problems.length > 0) {
    throw new UserError(`the development database does not match the migrations:\n${decision.problems.map((p) => `  ${p}`).join('\n')}\nOn a development database, gen reset rebuilds it from the migrations.`, 'refused');
  }
  const report = sinkOf({ onEvent });
  await applyBatch(db, decision.pending, VERSION, (p, ms) => report({ kind: 'applied', name: p.file.name, ms, resumed: p.resume !== undefined }));
  const { current, drift } = await driftOf(db, files, decision.pending.length > 0 ? await historyRows(db) : before, shadowUrl);
  if (!drift) return current;
  throw new UserError(
    [
      'the development database has drifted from the migrations:',
      ...drift.changes.map((c) => `  ${describeChange(c)}`),
      'Either run gen reset (drops everything in the development database and re-applies the migrations),',
      'or capture the change in a migration: gen diff --from-migrations migrations --to-url <dev database> --script',
    ].join('\n'),
    'drift',
  );
}

/** Proves the new migration's down script on the shadow database (after replaying the existing
 * migrations): the reasons it is irreversible, empty when it is exact. A replay that fails there
 * (a migration that needs data, an extension PGlite lacks) leaves it unproven, with a warning. */
async function downProof(files: readonly MigrationFile[], dir: string, folder: string, m: Migration, options: DevOptions): Promise<readonly string[]> {
  const file = path.join(dir, folder, 'migration.sql');
  const candidate: MigrationFile = { name: folder, file, sql: m.upSql, down: { file: path.join(dir, folder, 'down.sql'), sql: m.downSql } };
  try {
    const { proofs } = await proveDowns([...files, candidate], (f) => f === candidate, options.shadowUrl);
    return proofs[0]?.reasons ?? [];
  } catch (e) {
    // The proof is a check, not the migration: a shadow database that fails leaves it unproven.
    const why = e instanceof ScriptError ? `the migrations do not replay there (${e.file}:${e.line}: ${e.reason.split('\n')[0]})` : e instanceof DbError ? e.message.split('\n')[0] : undefined;
    if (why === undefined) throw e;
    sinkOf(options)({ kind: 'warning', text: `warning: down.sql was not proven on the shadow database: ${why}` });
    return [];
  }
}

/** Diff and plan once; a likely rename confirmed by the person at the terminal plans again with it. */
async function planned(current: Schema, target: Schema, renames: Rename[], options: DevOptions): Promise<Migration> {
  for (const f of options.renames ?? []) {
    const r = parseRenameFlag(f, current);
    if (typeof r === 'string') throw new UserError(r);
    renames.push(r);
  }
  const plan = { online: options.online !== false, ...options.timeouts };
  const m = migration(current, target, { renames, ...plan });
  if (!options.questions || m.hints.length === 0) return m;
  let confirmed = false;
  for (const h of m.hints) {
    if (!(await options.questions.rename(h))) continue;
    const r = parseRenameFlag(h.flag.replace(/^--rename /, ''), current);
    if (typeof r !== 'string') {
      renames.push(r);
      confirmed = true;
    }
  }
  return confirmed ? migration(current, target, { renames, ...plan }) : m;
}
