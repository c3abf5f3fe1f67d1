/** `gen dev --name NAME`: bring the development database up to date with the migrations, check it
 * has not drifted, then turn the difference between the migrations and schema.dbml into a new
 * migration (migration.sql, down.sql, gen.sum) and apply it. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { writeTextFileAtomic } from '../io/text-file.js';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { connect } from '../db/connect.js';
import type { Queryable } from '../db/queryable.js';
import { redactUrl, resolveUrl } from '../db/url.js';
import type { Rename } from '../diff/changes.js';
import { describeChange, describeHint } from '../diff/describe.js';
import { printable } from '../model/identifiers.js';
import { diff } from '../diff/index.js';
import { parseRenameFlag } from '../diff/rename-flag.js';
import { introspect } from '../introspect/index.js';
import { applyBatch, applyMigration } from '../migrations/apply.js';
import { type MigrationFile, readMigrations } from '../migrations/dir.js';
import { ensureHistory, historyRows, latestByName } from '../migrations/history.js';
import { hasFreeExpressions, normaliseOnServer, replayMigrations } from '../migrations/shadow.js';
import { checksum, sumProblems, sumText } from '../migrations/sum.js';
import { fingerprint } from '../model/schema.js';
import type { Schema } from '../model/types.js';
import { EMPTY_SCHEMA, migration, titled } from '../plan/migration.js';
import type { GenConfig, planOptionsOf } from './config.js';
import { lintFiles } from './lint.js';
import { formatText } from './lint-output.js';
import { hazardCounts } from '../render/index.js';
import { commandBoundary } from './boundary.js';
import { UserError } from './errors.js';
import { VERSION } from '../version.js';

/** Options of `gen dev`. */
export interface DevFlags {
  name?: string;
  createOnly?: boolean;
  acceptDataLoss?: boolean;
  rename?: string[];
  url?: string;
  shadowUrl?: string;
  online?: boolean;
  schema?: string;
  migrations?: string;
  /** Planner timeouts (from gen.config.json). */
  plan?: ReturnType<typeof planOptionsOf>;
  config?: GenConfig;
}

/** The embedded development database used when no URL is configured. */
export const DEFAULT_DEV_URL = 'pglite:.gen/dev';

const interactive = () => process.stdin.isTTY === true && process.stdout.isTTY === true;

async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

/** `20261121093000`: the UTC timestamp of a new migration, after every existing one. */
function timestamp(existing: readonly MigrationFile[], now = new Date()): string {
  const fmt = (d: Date) => d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  let t = fmt(now);
  const newest = existing.at(-1)?.name.slice(0, 14);
  if (newest && t <= newest) {
    const d = new Date(Date.UTC(+newest.slice(0, 4), +newest.slice(4, 6) - 1, +newest.slice(6, 8), +newest.slice(8, 10), +newest.slice(10, 12), +newest.slice(12, 14) + 1));
    t = fmt(d);
  }
  return t;
}

/** Applies migrations that the history does not list as applied; refuses when the history and
 * the files disagree. */
async function applyPending(db: Queryable, files: readonly MigrationFile[], out: string[]): Promise<void> {
  const latest = latestByName(await historyRows(db));
  for (const [name, row] of latest) {
    if (row.rolled_back_at) continue;
    const file = files.find((f) => f.name === name);
    if (!file) throw new UserError(`migration ${name} is applied to the development database but its folder is gone; restore it, or run gen reset to rebuild the database from the migrations`);
    if (row.finished_at === null) throw new UserError(`migration ${name} failed earlier on the development database (${(row.logs ?? '').split('\n')[0]}); fix it and run gen reset`);
    if (row.checksum !== checksum(file.sql)) throw new UserError(`migration ${name} was edited after it was applied to the development database; run gen reset to rebuild it from the migrations`);
  }
  const pending = files.filter((f) => {
    const row = latest.get(f.name);
    return !row || row.rolled_back_at;
  });
  await applyBatch(db, pending.map((file) => ({ file })), VERSION, (item) => out.push(`applied ${item.file.name}`));
}

/** Drift: the development database is not what the migrations produce (a manual ALTER, say). */
async function checkDrift(db: Queryable, files: readonly MigrationFile[], shadowUrl: string | undefined): Promise<Schema> {
  const current = (await introspect(db)).schema;
  const rows = (await historyRows(db)).filter((r) => r.finished_at !== null && !r.rolled_back_at);
  const recorded = rows.at(-1)?.schema_hash;
  // The recorded fingerprint of the last migration spares the replay when nothing moved.
  if (recorded !== undefined && recorded !== null && recorded === fingerprint(current)) return current;
  const expected = files.length === 0 ? EMPTY_SCHEMA : await replayMigrations(files, shadowUrl);
  const drift = diff(expected, current);
  if (drift.length === 0) return current;
  throw new UserError(
    [
      'the development database has drifted from the migrations:',
      ...drift.map((c) => `  ${describeChange(c)}`),
      'Either run gen reset (drops everything in the development database and re-applies the migrations),',
      'or capture the change in a migration: gen diff --from-migrations migrations --to-url <dev database> --script',
    ].join('\n'),
    'drift',
  );
}

/** Runs `gen dev`; returns the exit code. */
export async function devCommand(flags: DevFlags, cwd = process.cwd()): Promise<number> {
  let db: Queryable | undefined;
  const out: string[] = [];
  const print = () => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  return commandBoundary(async () => {
    const schemaFile = path.resolve(cwd, flags.schema ?? 'schema.dbml');
    const dir = path.resolve(cwd, flags.migrations ?? 'migrations');
    const load = await import('./load.js');
    const parsed = await load.loadDesired(load.shownPath(schemaFile, cwd), { missingHint: 'run gen init to start a project (or pass --schema FILE)', ...(flags.shadowUrl !== undefined ? { shadowUrl: flags.shadowUrl } : {}) });
    const files = readMigrations(dir);
    const sum = sumProblems(dir, files).filter((p) => /conflict markers|folder is gone/.test(p));
    if (sum.length > 0) throw new UserError(sum.join('\n'));

    const resolved = resolveUrl({ flag: flags.url, cwd }) ?? { url: DEFAULT_DEV_URL, source: 'default' as const };
    db = await connect(resolved.url, cwd);
    await ensureHistory(db);
    await applyPending(db, files, out);
    const current = await checkDrift(db, files, flags.shadowUrl);
    // gen.sum follows the files (a migration edited before it was applied anywhere is fine); it
    // is written only when the command succeeds, so a refusal leaves it as it was.
    const sumFile = path.join(dir, 'gen.sum');

    let target = parsed.schema;
    if (!parsed.fromServer && hasFreeExpressions(target)) target = await normaliseOnServer(target, flags.shadowUrl);
    const renames: Rename[] = [...(parsed.renames ?? [])];
    for (const f of flags.rename ?? []) {
      const r = parseRenameFlag(f, current);
      if (typeof r === 'string') throw new UserError(r);
      renames.push(r);
    }
    const online = flags.online !== false;
    let m = migration(current, target, { renames, online, ...flags.plan });
    // Likely renames are asked about at a terminal and never guessed.
    if (m.hints.length > 0 && interactive()) {
      for (const h of m.hints) {
        print();
        if (await ask(printable(`${h.table.schema}.${h.table.name}: was ${h.from} renamed to ${h.to}?`))) {
          const r = parseRenameFlag(h.flag.replace(/^--rename /, ''), current);
          if (typeof r !== 'string') renames.push(r);
        }
      }
      m = migration(current, target, { renames, online, ...flags.plan });
    }
    if (m.changes.length === 0) {
      writeTextFileAtomic(sumFile, sumText(files));
      out.push(`${[...parsed.files.dbml, ...parsed.files.sql].map((f) => path.relative(cwd, path.resolve(cwd, f))).join(' + ')} and the migrations agree: nothing to do.`);
      print();
      return 0;
    }
    out.push(`${m.changes.length} change${m.changes.length === 1 ? '' : 's'}:`, ...m.changes.map((c) => `  ${describeChange(c)}`));
    for (const h of m.hints) out.push(`Hint: ${describeHint(h)}`);
    const counts = hazardCounts(m.up.steps);
    if (counts.size > 0) out.push(`Hazards: ${[...counts].map(([h, n]) => `${h} (${n})`).join(', ')}`);
    if (counts.has('DELETES_DATA') && !flags.acceptDataLoss) {
      print();
      if (!interactive()) throw new UserError('this migration deletes data (see DELETES_DATA above); re-run with --accept-data-loss if that is intended', 'refused');
      if (!(await ask('This migration deletes data. Continue?'))) throw new UserError('stopped: nothing written', 'refused');
    }
    let name = flags.name;
    if (!name && interactive()) {
      print();
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      name = (await rl.question('Name of the migration: ')).trim();
      rl.close();
    }
    if (!name) throw new UserError('--name is required (e.g. gen dev --name add_orders)');
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    if (!slug) throw new UserError(`--name ${name}: use letters, digits and underscores`);
    const folder = `${timestamp(files)}_${slug}`;
    // The migration planned above, rendered under its folder's name: planned once.
    const final = titled(m, folder);
    const upSql = final.upSql;
    // Written in a hidden folder, then renamed into place: never a half-written migration.
    const staging = path.join(dir, `.${folder}.gen-${process.pid}.tmp`);
    try {
      mkdirSync(staging);
      writeFileSync(path.join(staging, 'migration.sql'), upSql);
      writeFileSync(path.join(staging, 'down.sql'), final.downSql);
      renameSync(staging, path.join(dir, folder));
    } catch (e) {
      rmSync(staging, { recursive: true, force: true });
      throw new UserError(`cannot write the migration into ${path.relative(cwd, dir) || '.'}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'file-unreadable');
    }
    const written: MigrationFile = { name: folder, file: path.join(dir, folder, 'migration.sql'), sql: upSql };
    writeTextFileAtomic(sumFile, sumText([...files, written]));
    out.push(`wrote ${path.relative(cwd, path.join(dir, folder))}/migration.sql and down.sql`);
    // The same safety rules as gen lint and gen status (the online planner's output has no
    // errors; --no-online output, for one, does).
    const findings = (await lintFiles([written.file], flags.config ?? {})).filter((f) => !f.ignored);
    if (findings.length > 0) out.push(formatText(findings, 1, cwd).trimEnd());
    if (flags.createOnly) {
      out.push('not applied (--create-only): edit it if you need to, then run gen dev again');
    } else {
      await applyMigration(db, written, VERSION);
      out.push(`applied ${folder} to ${resolved.source === 'default' ? 'the development database (.gen/dev)' : redactUrl(resolved.url)}`);
    }
    print();
    return 0;
  }, async () => {
    print();
    await db?.close();
  });
}
