/** Status: is everything in order? Offline (the pull-request case): gen.sum matches the files,
 * the desired schema equals what the migrations produce, and the new migrations lint clean. With
 * a database: also pending, failed, edited, out-of-order migrations and drift. */
import path from 'node:path';
import type { Queryable } from '../db/queryable.js';
import type { Change } from '../diff/changes.js';
import { diff } from '../diff/index.js';
import { brokenUnmanaged, brokenWords } from '../diff/unmanaged.js';
import { prepareMigration } from '../migrations/apply.js';
import { decideDeploy, describePrevious } from '../migrations/deploy.js';
import { type MigrationFile, readMigrations } from '../migrations/dir.js';
import { HISTORY_TABLE, historyRows } from '../migrations/history.js';
import { type DownProof, proveDowns } from '../migrations/down-proof.js';
import { replayMigrations } from '../migrations/shadow.js';
import { SUM_REPAIR, irreversibleReasons, sumProblems } from '../migrations/sum.js';
import type { Schema } from '../model/types.js';
import { EMPTY_SCHEMA } from '../plan/migration.js';
import { ScriptError } from '../sql/run.js';
import { loadSqlParser } from '../sql/split.js';
import { loadDesired, shownPath } from './desired.js';
import { serverSpelled } from './server-spelled.js';
import { driftOf } from './drift.js';
import type { OnEvent } from './events.js';
import type { LintRules } from './lint.js';
import { type ProjectOptions, databaseLabel, existingDevUrl, projectPaths, withDatabase } from './project.js';
import { newMigrations, statusLint } from './status-lint.js';

/** Where a finding or note points (paths relative to `cwd`). */
interface Located {
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** A lint finding's parts (`message` holds them all in one line). */
  readonly rule?: { readonly code: string; readonly severity: 'error' | 'warning'; readonly message: string; readonly instead: string };
}

/** One finding (each makes the check fail). `drift` and `schema` carry what differs. */
export type StatusFinding = Located &
  ({ readonly kind: 'gen.sum' | 'pending' | 'history' | 'lint' | 'down' } | { readonly kind: 'schema'; readonly changes?: readonly Change[] } | { readonly kind: 'drift'; readonly expected: Schema; readonly current: Schema });

/** Something to know that does not fail the check: lint warnings, declared hazards. */
export interface StatusNote extends Located {
  readonly kind: 'lint' | 'hazards' | 'down' | 'unmanaged';
}

/** Options of `status`. */
export interface StatusOptions extends ProjectOptions {
  /** A database to check too (default: DATABASE_URL, .env, else .gen/dev when it exists; none:
   * offline checks only). */
  readonly url?: string | undefined;
  readonly shadowUrl?: string | undefined;
  /** Lint every migration, not only those newer than the base branch. */
  readonly all?: boolean | undefined;
  /** Prove the down scripts of the migrations linted (the branch's, or all) on the shadow
   * database, as gen dev does: one that does not restore the schema and is not marked
   * irreversible is a finding. */
  readonly checkDown?: boolean | undefined;
  /** The base to compare with (default: the pull request's base branch, else main). */
  readonly since?: string | undefined;
  readonly lintRules?: LintRules | undefined;
  readonly onEvent?: OnEvent | undefined;
}

/** The verdict: `ok` when there is no finding. */
export interface StatusResult {
  readonly ok: boolean;
  /** The database checked, as messages name it; undefined offline. */
  readonly database: string | undefined;
  readonly migrations: number;
  /** Which migrations were linted, and why those. */
  readonly linted: string;
  /** The schema files, as messages name them (`schema.dbml + schema.sql`). */
  readonly schemaLabel: string;
  readonly findings: readonly StatusFinding[];
  readonly notes: readonly StatusNote[];
}

/** Checks the project (and a database when there is one). */
export async function status(options: StatusOptions = {}): Promise<StatusResult> {
  const { cwd, schema, migrations: dir } = projectPaths(options);
  const rel = (f: string) => path.relative(cwd, f);
  const findings: StatusFinding[] = [];
  const notes: StatusNote[] = [];
  const files = readMigrations(dir);
  const sum = sumProblems(dir, files);
  for (const [i, p] of sum.entries()) findings.push({ kind: 'gen.sum', message: i === sum.length - 1 ? `${p}\n  ${SUM_REPAIR}` : p, file: rel(path.join(dir, 'gen.sum')) });

  // Lint findings and declared hazards of the migrations this branch adds.
  const fresh = newMigrations(files, dir, cwd, { all: options.all, since: options.since });
  const linted = await statusLint(fresh.files, options.lintRules);
  for (const f of linted.findings) {
    const rule = { code: f.code, severity: f.severity, message: f.message, instead: f.instead };
    const entry = { kind: 'lint' as const, file: rel(f.file), line: f.line, column: f.column, rule, message: `${rel(f.file)}:${f.line}:${f.column}: ${f.code}: ${f.message} (instead: ${f.instead})` };
    if (f.severity === 'error') findings.push(entry);
    else notes.push(entry);
  }
  for (const h of linted.hazards) notes.push({ kind: 'hazards', file: rel(h.file), message: `${rel(h.file)} declares hazards: ${h.hazards}` });

  const checked = options.checkDown ? new Set(fresh.files.map((f) => f.name)) : undefined;
  const { label: schemaLabel, target } = await schemaFindings(files, schema, options, findings, notes, checked);
  const resolved = existingDevUrl(options.url, cwd);
  const database = resolved ? databaseLabel(resolved) : undefined;
  if (resolved) await withDatabase(resolved.url, cwd, (db) => databaseFindings(db, files, database!, options.shadowUrl, rel, findings, notes, target));
  return { ok: findings.length === 0, database, migrations: files.length, linted: fresh.why, schemaLabel, findings, notes };
}

/** The state the migrations produce, against the desired schema. A migration that fails on the
 * empty shadow database (it depends on data, say) is a finding: the history and the database are
 * still worth reporting. Returns the schema files' label and the desired schema. */
async function schemaFindings(
  files: readonly MigrationFile[],
  schemaFile: string,
  options: StatusOptions,
  findings: StatusFinding[],
  notes: StatusNote[],
  checked: ReadonlySet<string> | undefined,
): Promise<{ label: string; target: Schema }> {
  const cwd = options.cwd ?? process.cwd();
  const rel = (f: string) => path.relative(cwd, f);
  let replayed: Schema | undefined;
  try {
    if (files.length === 0) replayed = EMPTY_SCHEMA;
    else if (!checked) replayed = await replayMigrations(files, options.shadowUrl);
    else {
      const r = await proveDowns(files, (f) => checked.has(f.name), options.shadowUrl, { schema: true });
      replayed = r.schema;
      downFindings(files, r.proofs, rel, findings, notes);
    }
  } catch (e) {
    if (!(e instanceof ScriptError)) throw e;
    findings.push({ kind: 'schema', file: rel(e.file), line: e.line, column: e.column, message: `the migrations do not replay on an empty database, so ${rel(schemaFile)} was not compared with them: ${e.message}` });
  }
  const parsed = await loadDesired(shownPath(schemaFile, cwd), { missingHint: 'run gen init to start a project (or pass --schema FILE)', shadowUrl: options.shadowUrl, onEvent: options.onEvent });
  const label = [...parsed.files.dbml, ...parsed.files.sql].map((f) => rel(f)).join(' + ');
  const target = await serverSpelled(parsed.schema, parsed.fromServer, options.shadowUrl);
  if (!replayed) return { label, target };
  const changes = diff(replayed, target, { renames: parsed.renames ?? [] });
  if (changes.length > 0) findings.push({ kind: 'schema', file: rel(schemaFile), changes, message: `${label} was edited but no migration was generated (run gen dev --name <change>):` });
  return { label, target };
}

/** A down script that does not restore the schema must say so (a `gen:irreversible` line). */
function downFindings(files: readonly MigrationFile[], proofs: readonly DownProof[], rel: (f: string) => string, findings: StatusFinding[], notes: StatusNote[]): void {
  for (const p of proofs) {
    const f = files.find((x) => x.name === p.name);
    const file = rel(f?.down?.file ?? f?.file ?? p.name);
    const marked = irreversibleReasons(f?.down?.sql ?? '');
    if (p.reasons.length === 0) continue;
    if (marked.length > 0) notes.push({ kind: 'down', file, message: `${file} is marked irreversible: ${marked.join('; ')}` });
    else findings.push({ kind: 'down', file, message: `${file} does not restore the schema before ${p.name}: ${p.reasons.join('; ')} (fix it, or add a "-- gen:irreversible: <reason>" line, then gen hash)` });
  }
}

/** The history (pending, failed, edited, out of order) and drift of `db`, and (a note) what it
 * holds unmanaged that the way to the desired schema would break. */
async function databaseFindings(db: Queryable, files: readonly MigrationFile[], where: string, shadowUrl: string | undefined, rel: (f: string) => string, findings: StatusFinding[], notes: StatusNote[], target: Schema): Promise<void> {
  const exists = await db.query(`SELECT 1 FROM pg_class WHERE relname = $1`, [HISTORY_TABLE]);
  const rows = exists.length > 0 ? await historyRows(db) : [];
  if (rows.some((r) => r.finished_at === null)) await loadSqlParser();
  const decision = decideDeploy(files, rows, { unitsOf: prepareMigration });
  for (const p of decision.problems) findings.push({ kind: 'history', message: p });
  for (const p of decision.pending) {
    const state = p.previous ? ` (${describePrevious(p.previous)}; gen deploy ${p.resume ? `resumes it at unit ${p.resume.unit} of ${p.resume.units}` : 'runs it again'})` : '';
    findings.push({ kind: 'pending', message: `${p.file.name} is not applied to ${where}${state}`, file: rel(p.file.file) });
  }
  const { current, unmanaged, drift } = await driftOf(db, files, rows, shadowUrl);
  if (drift) findings.push({ kind: 'drift', message: `${where} has drifted from its applied migrations:`, expected: drift.expected, current });
  for (const b of brokenUnmanaged(unmanaged, diff(current, target))) notes.push({ kind: 'unmanaged', message: `${where}: ${brokenWords(b)}` });
}
