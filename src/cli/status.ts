/** `gen status`: is everything in order? Offline (the pull-request case): gen.sum matches the
 * files, and schema.dbml equals what the migrations produce. With a database (`--url`,
 * DATABASE_URL, .env, or an existing .gen/dev): also pending, failed, edited, out-of-order
 * migrations and drift. Exit 0 only when all is well. `--json`, `--format github`. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { connect } from '../db/connect.js';
import type { Queryable } from '../db/queryable.js';
import { redactUrl, resolveUrl } from '../db/url.js';
import { describeChange } from '../diff/describe.js';
import { diff } from '../diff/index.js';
import { lift } from '../dbml/print/lift.js';
import { printDocument } from '../dbml/print/print.js';
import { introspect } from '../introspect/index.js';
import { decideDeploy, describePrevious } from '../migrations/deploy.js';
import { readMigrations } from '../migrations/dir.js';
import { historyRows, HISTORY_TABLE } from '../migrations/history.js';
import { hasFreeExpressions, normaliseOnServer, replayMigrations } from '../migrations/shadow.js';
import { SUM_REPAIR, sumProblems } from '../migrations/sum.js';
import { prepareMigration } from '../migrations/apply.js';
import { loadSqlParser } from '../sql/split.js';
import { fingerprint } from '../model/schema.js';
import type { Schema } from '../model/types.js';
import { EMPTY_SCHEMA } from '../plan/migration.js';
import { DEFAULT_DEV_URL } from './dev.js';
import type { GenConfig } from './config.js';
import { commandBoundary } from './boundary.js';
import { annotation } from './github.js';
import { UserError } from './errors.js';
import { ScriptError } from '../sql/run.js';
import { newMigrations, statusLint } from './status-lint.js';
import { unifiedDiff } from './unified-diff.js';

/** One finding (each makes the exit code 1). */
interface Finding {
  readonly kind: 'gen.sum' | 'schema' | 'pending' | 'history' | 'drift' | 'lint';
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** Something to know that does not fail the check: lint warnings, declared hazards. */
interface Note {
  readonly kind: 'lint' | 'hazards';
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** Options of `gen status`. */
export interface StatusFlags {
  url?: string;
  shadowUrl?: string;
  json?: boolean;
  format?: string;
  schema?: string;
  migrations?: string;
  /** Lint every migration, not only those newer than the base branch. */
  all?: boolean;
  /** The base to compare with (default: the pull request's base branch, else main). */
  since?: string;
  config?: GenConfig;
}

const asDbml = (s: Schema) => printDocument(lift(s).document);

/** Runs `gen status`; returns the exit code. */
export async function statusCommand(flags: StatusFlags, cwd = process.cwd()): Promise<number> {
  let db: Queryable | undefined;
  return commandBoundary(async () => {
    if (flags.format !== undefined && flags.format !== 'github' && flags.format !== 'text') throw new UserError(`--format ${flags.format}: expected text or github`);
    const schemaFile = path.resolve(cwd, flags.schema ?? 'schema.dbml');
    const dir = path.resolve(cwd, flags.migrations ?? 'migrations');
    const rel = (f: string) => path.relative(cwd, f);
    const findings: Finding[] = [];
    const notes: Note[] = [];
    const files = readMigrations(dir);
    const sum = sumProblems(dir, files);
    for (const [i, p] of sum.entries()) findings.push({ kind: 'gen.sum', message: i === sum.length - 1 ? `${p}\n  ${SUM_REPAIR}` : p, file: rel(path.join(dir, 'gen.sum')) });

    // Lint findings and declared hazards of the migrations this branch adds.
    const fresh = newMigrations(files, dir, cwd, { all: flags.all, since: flags.since });
    const linted = await statusLint(fresh.files, flags.config ?? {});
    for (const f of linted.findings) {
      const entry = { kind: 'lint' as const, file: rel(f.file), line: f.line, column: f.column, message: `${rel(f.file)}:${f.line}:${f.column}: ${f.code}: ${f.message} (instead: ${f.instead})` };
      if (f.severity === 'error') findings.push(entry);
      else notes.push(entry);
    }
    for (const h of linted.hazards) notes.push({ kind: 'hazards', file: rel(h.file), message: `${rel(h.file)} declares hazards: ${h.hazards}` });

    // The state the migrations produce, against schema.dbml.
    // A migration that fails on the empty shadow database (it depends on data, say) is a finding:
    // the history and the database are still worth reporting.
    let replayed: Schema | undefined;
    try {
      replayed = files.length === 0 ? EMPTY_SCHEMA : await replayMigrations(files, flags.shadowUrl);
    } catch (e) {
      if (!(e instanceof ScriptError)) throw e;
      findings.push({ kind: 'schema', file: rel(e.file), line: e.line, column: e.column, message: `the migrations do not replay on an empty database, so ${rel(schemaFile)} was not compared with them: ${e.message}` });
    }
    const load = await import('./load.js');
    const parsed = await load.loadDesired(load.shownPath(schemaFile, cwd), { missingHint: 'run gen init to start a project (or pass --schema FILE)', ...(flags.shadowUrl !== undefined ? { shadowUrl: flags.shadowUrl } : {}) });
    const schemaLabel = [...parsed.files.dbml, ...parsed.files.sql].map((f) => rel(f)).join(' + ');
    const target = replayed && !parsed.fromServer && hasFreeExpressions(parsed.schema) ? await normaliseOnServer(parsed.schema, flags.shadowUrl) : parsed.schema;
    const pendingEdits = replayed ? diff(replayed, target, { renames: parsed.renames ?? [] }) : [];
    if (pendingEdits.length > 0) {
      findings.push({ kind: 'schema', file: rel(schemaFile), message: `${schemaLabel} was edited but no migration was generated (run gen dev --name <change>):\n${pendingEdits.map((c) => `  ${describeChange(c)}`).join('\n')}` });
    }

    // With a database: the history, and drift.
    const resolved = resolveUrl({ flag: flags.url, cwd }) ?? (existsSync(path.join(cwd, '.gen', 'dev')) ? { url: DEFAULT_DEV_URL, source: 'default' as const } : undefined);
    let where: string | undefined;
    if (resolved) {
      where = resolved.source === 'default' ? 'the development database (.gen/dev)' : redactUrl(resolved.url);
      db = await connect(resolved.url, cwd);
      const exists = await db.query(`SELECT 1 FROM pg_class WHERE relname = $1`, [HISTORY_TABLE]);
      const rows = exists.length > 0 ? await historyRows(db) : [];
      if (rows.some((r) => r.finished_at === null)) await loadSqlParser();
      const decision = decideDeploy(files, rows, { unitsOf: prepareMigration });
      for (const p of decision.problems) findings.push({ kind: 'history', message: p });
      for (const p of decision.pending) {
        const state = p.previous ? ` (${describePrevious(p.previous)}; gen deploy ${p.resume ? `resumes it at unit ${p.resume.unit} of ${p.resume.units}` : 'runs it again'})` : '';
        findings.push({ kind: 'pending', message: `${p.file.name} is not applied to ${where}${state}`, file: rel(p.file.file) });
      }
      const current = (await introspect(db)).schema;
      const applied = rows.filter((r) => r.finished_at !== null && !r.rolled_back_at);
      // The latest migration's recorded fingerprint spares the replay when nothing moved (rows
      // applied early in a batch carry none; a missing one means: replay and compare).
      const recorded = applied.length === 0 ? fingerprint(EMPTY_SCHEMA) : applied.at(-1)!.schema_hash;
      if (recorded !== fingerprint(current)) {
        const appliedNames = new Set(applied.map((r) => r.name));
        const expected = await replayMigrations(files.filter((f) => appliedNames.has(f.name)), flags.shadowUrl);
        if (diff(expected, current).length > 0) {
          const patch = unifiedDiff('migrations (applied)', where, asDbml(expected), asDbml(current), '', '');
          findings.push({ kind: 'drift', message: `${where} has drifted from its applied migrations:\n${patch}` });
        }
      }
    }

    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ ok: findings.length === 0, database: where ?? null, migrations: files.length, linted: fresh.why, findings, notes }, null, 2)}\n`);
    } else if (flags.format === 'github') {
      const annotate = (level: 'error' | 'warning' | 'notice', f: Finding | Note) => {
        process.stdout.write(annotation(level, { file: f.file, line: f.line, col: f.column, title: `gen status (${f.kind})` }, f.message));
      };
      for (const f of findings) annotate('error', f);
      for (const n of notes) annotate(n.kind === 'lint' ? 'warning' : 'notice', n);
    } else {
      const lines = findings.length === 0
        ? [`ok: ${files.length} migration${files.length === 1 ? '' : 's'}, gen.sum matches, ${schemaLabel} matches the migrations${where ? `, ${where} is up to date` : ''}; lint clean (${fresh.why})`]
        : findings.map((f) => `✗ ${f.message}`);
      for (const n of notes) lines.push(`${n.kind === 'lint' ? '⚠' : 'ℹ'} ${n.message}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return findings.length === 0 ? 0 : 1;
  }, async () => {
    await db?.close();
  });
}
