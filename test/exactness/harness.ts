/** The exactness harness: a case is a folder with before.sql and after.sql. Each is loaded into a
 * fresh database; gen's script from the first to the second is applied to the first, and then
 * the two must be the same database (normalised pg_dump, or gen's own model where the system
 * pg_dump cannot read the server), and a second diff must be empty.
 *
 * Two modes: `url` diffs the two databases directly; `pull` pulls the second into a DBML file and
 * diffs the first against that file (so it fails on whatever DBML cannot say). */
import { execFile, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { connect } from '../../src/db/connect.js';
import { introspect } from '../../src/introspect/index.js';
import { canonicalJson, sortSchema } from '../../src/model/schema.js';
import { unifiedDiff } from '../../src/cli/unified-diff.js';
import type { Schema } from '../../src/model/types.js';

const root = path.resolve(import.meta.dirname, '../..');
export const casesRoot = path.join(import.meta.dirname, 'cases');
const genBin = path.join(root, 'bin', 'gen.js');

export type Mode = 'url' | 'pull';

/** Why a case failed, in the order the steps run. FALSE-NO-CHANGES is the worst: gen said the
 * databases are equal while they differ. */
export type FailureClass =
  | 'SETUP' // before.sql or after.sql does not load: the case itself is wrong
  | 'PULL-ERROR' // gen pull failed
  | 'DIFF-ERROR' // gen diff failed
  | 'FALSE-NO-CHANGES' // the first diff is empty while the databases differ
  | 'APPLY-ERROR' // the script does not apply
  | 'MISMATCH' // after the script the databases still differ
  | 'REDIFF-NOT-EMPTY'; // after the script a second diff is not empty

export interface CaseResult {
  readonly name: string;
  readonly mode: Mode;
  /** `pass`, `skip` (the server lacks what the case requires) or a failure class. */
  readonly outcome: 'pass' | 'skip' | FailureClass;
  /** One line saying why (failure or skip). */
  readonly reason: string;
  /** The whole story for a failure: the step, the script, a diff of the dumps. */
  readonly detail: string;
}

/** What a case needs of the server: `-- requires: 15` (a major version) and/or `lz4`, on the
 * first line of before.sql or after.sql. */
export interface Requirements {
  readonly minMajor: number;
  readonly lz4: boolean;
}

export interface Case {
  readonly name: string;
  readonly dir: string;
  readonly before: string;
  readonly after: string;
  readonly requires: Requirements;
  /** Why pull mode cannot run the case (a `-- pull-skip: reason` line in either file): the
   * database relies on objects gen does not manage yet (an extension's operator class, a domain,
   * an access method), which a pulled schema therefore cannot create. */
  readonly pullSkip?: string;
}

function pullSkipOf(...texts: string[]): string | undefined {
  for (const t of texts) {
    const m = /^--\s*pull-skip:\s*(.+)$/m.exec(t);
    if (m) return m[1]!.trim();
  }
  return undefined;
}

function requirementsOf(...texts: string[]): Requirements {
  let minMajor = 0;
  let lz4 = false;
  for (const t of texts) {
    const m = /^--\s*requires:\s*(.*)$/.exec(t.split('\n', 1)[0] ?? '');
    if (!m) continue;
    for (const word of m[1]!.trim().split(/[\s,]+/)) {
      if (/^\d+$/.test(word)) minMajor = Math.max(minMajor, Number(word));
      else if (word === 'lz4') lz4 = true;
      else if (word !== '') throw new Error(`unknown requirement ${JSON.stringify(word)}`);
    }
  }
  return { minMajor, lz4 };
}

/** The cases whose names start with one of `prefixes` (all when empty), sorted by name. */
export function loadCases(prefixes: readonly string[] = []): Case[] {
  return readdirSync(casesRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (prefixes.length === 0 || prefixes.some((p) => d.name.startsWith(p))))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(casesRoot, name);
      const before = readFileSync(path.join(dir, 'before.sql'), 'utf8');
      const after = readFileSync(path.join(dir, 'after.sql'), 'utf8');
      const pullSkip = pullSkipOf(before, after);
      return { name, dir, before, after, requires: requirementsOf(before, after), ...(pullSkip !== undefined ? { pullSkip } : {}) };
    });
}

/** Prefixes from a filter string such as `seq-,idx-` (empty: all). */
export function parseFilter(filter: string | undefined): string[] {
  return (filter ?? '').split(/[\s,]+/).filter((s) => s !== '');
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(cmd: string, args: readonly string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PGCONNECT_TIMEOUT: '20' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input ?? '');
  });
}

// Cases run concurrently (each mostly waits on psql, pg_dump and gen); this bounds how many at
// once (and the gen worker threads) so that a 2-core machine is not swamped.
const jobs = Math.max(1, Number(process.env['EXACTNESS_JOBS'] ?? 3));

const psql = (url: string, sql: string) => run('psql', ['-v', 'ON_ERROR_STOP=1', '-X', '-q', '-d', url, '-f', '-'], sql);
/** Runs `gen ARGS`: in a worker thread by default (see gen-worker.js), or as `node bin/gen.js`
 * with EXACTNESS_SPAWN=1. */
const gen = (...args: string[]): Promise<Run> => (process.env['EXACTNESS_SPAWN'] === '1' ? run(process.execPath, [genBin, ...args]) : inWorker(args));

interface Job {
  readonly args: readonly string[];
  readonly resolve: (r: Run) => void;
  readonly reject: (e: unknown) => void;
}
const idle: Worker[] = [];
const queue: Job[] = [];
let workers = 0;

function inWorker(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    queue.push({ args, resolve, reject });
    dispatch();
  });
}

function dispatch(): void {
  while (queue.length > 0) {
    let w = idle.pop();
    if (!w) {
      if (workers >= jobs) return;
      workers++;
      w = new Worker(new URL('./gen-worker.js', import.meta.url));
      w.unref();
    }
    const job = queue.shift()!;
    const worker = w;
    const done = (f: () => void) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      f();
    };
    const onMessage = (m: { code: number; stdout: string; stderr: string }) =>
      done(() => {
        idle.push(worker);
        job.resolve({ code: m.code, stdout: m.stdout, stderr: m.stderr });
        dispatch();
      });
    // A stray failure kills the worker: the command fails as bin/gen.js would, and a fresh worker
    // takes the next one.
    const onError = (e: Error) =>
      done(() => {
        workers--;
        void worker.terminate();
        job.resolve({ code: 1, stdout: '', stderr: `error: internal error: ${e.message}\n` });
        dispatch();
      });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ args: job.args });
  }
}

/** A server the harness works on: its base URL (no database), its major version, whether it
 * has lz4, and whether the system pg_dump can dump it. */
export interface Server {
  readonly url: string;
  readonly major: number;
  readonly lz4: boolean;
  readonly pgDump: boolean;
}

let systemPgDumpMajor: number | undefined;
function pgDumpMajor(): Promise<number> {
  if (systemPgDumpMajor !== undefined) return Promise.resolve(systemPgDumpMajor);
  return new Promise((resolve) => {
    execFile('pg_dump', ['--version'], (e, stdout) => {
      const m = /(\d+)(?:\.\d+)?/.exec(String(stdout));
      systemPgDumpMajor = e || !m ? 0 : Number(m[1]);
      resolve(systemPgDumpMajor);
    });
  });
}

/** Probes the server at `url` (a base URL without database). */
export async function probeServer(url: string): Promise<Server> {
  const c = new pg.Client({ connectionString: `${url}/postgres` });
  await c.connect();
  try {
    const v = Number((await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]!.v);
    // A server built without lz4 refuses the setting.
    const lz4 = await c.query('SET default_toast_compression = lz4').then(
      () => true,
      () => false,
    );
    const major = Math.floor(v / 10000);
    // pg_dump reads servers of its own major version and older, never newer ones.
    return { url, major, lz4, pgDump: major <= (await pgDumpMajor()) };
  } finally {
    await c.end();
  }
}

/** Why `server` cannot run `c`, or undefined when it can. */
export function skipReason(c: Case, server: Server, mode: Mode = 'url'): string | undefined {
  if (server.major < c.requires.minMajor) return `needs PostgreSQL ${c.requires.minMajor}, server is ${server.major}`;
  if (c.requires.lz4 && !server.lz4) return 'needs lz4, server has none';
  if (mode === 'pull' && c.pullSkip !== undefined) return `pull mode: ${c.pullSkip}`;
  // gen reads a pulled schema.sql on the in-memory PGlite, which is built without lz4.
  if (mode === 'pull' && c.requires.lz4) return 'pull mode: the default shadow database (PGlite) has no lz4 (gen reads such a schema with --shadow-url)';
  return undefined;
}

let counter = 0;

async function admin<T>(server: Server, database: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: `${server.url}/${database}` });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

// CREATE DATABASE and DROP DATABASE each force work on the whole server (a checkpoint for the
// drop) and cost far more than a case itself, so a case's databases are reused: on release a
// database is emptied (everything a case can create: schemas, tables, sequences, types) and
// checked to hold no object created after initdb; one that fails the check is dropped instead.
const RESET = `DO $reset$
DECLARE r record;
BEGIN
  FOR r IN SELECT nspname FROM pg_namespace WHERE oid >= 16384 LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
  END LOOP;
  FOR r IN SELECT relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'f', 'v', 'm', 'c') LOOP
    EXECUTE format(CASE r.relkind WHEN 'c' THEN 'DROP TYPE IF EXISTS public.%I CASCADE' WHEN 'v' THEN 'DROP VIEW IF EXISTS public.%I CASCADE' WHEN 'm' THEN 'DROP MATERIALIZED VIEW IF EXISTS public.%I CASCADE' WHEN 'f' THEN 'DROP FOREIGN TABLE IF EXISTS public.%I CASCADE' ELSE 'DROP TABLE IF EXISTS public.%I CASCADE' END, r.relname);
  END LOOP;
  FOR r IN SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' LOOP
    EXECUTE format('DROP SEQUENCE IF EXISTS public.%I CASCADE', r.relname);
  END LOOP;
  FOR r IN SELECT oid::regprocedure AS p FROM pg_proc WHERE pronamespace = 'public'::regnamespace LOOP
    EXECUTE format('DROP ROUTINE IF EXISTS %s CASCADE', r.p);
  END LOOP;
  FOR r IN SELECT typname, typtype FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'r', 'm', 'c') AND typrelid = 0 AND typelem = 0 LOOP
    EXECUTE format(CASE r.typtype WHEN 'd' THEN 'DROP DOMAIN IF EXISTS public.%I CASCADE' ELSE 'DROP TYPE IF EXISTS public.%I CASCADE' END, r.typname);
  END LOOP;
END
$reset$;
COMMENT ON SCHEMA public IS 'standard public schema';`;
const LEFT_OVER = `SELECT (SELECT count(*) FROM pg_class WHERE oid >= 16384) + (SELECT count(*) FROM pg_type WHERE oid >= 16384)
  + (SELECT count(*) FROM pg_namespace WHERE oid >= 16384) + (SELECT count(*) FROM pg_proc WHERE oid >= 16384)
  + (SELECT count(*) FROM pg_collation WHERE oid >= 16384) + (SELECT count(*) FROM pg_extension WHERE oid >= 16384)
  + (SELECT count(*) FROM pg_am WHERE oid >= 16384) AS n`;

interface Db {
  readonly name: string;
  readonly url: string;
}
const pools = new Map<string, Db[]>();

/** A database on `server` holding nothing but what initdb made: a reused one, else a new one
 * (named uniquely per process). */
async function acquireDb(server: Server): Promise<Db> {
  const free = pools.get(server.url)?.pop();
  if (free) return free;
  const name = `gen_x_${process.pid}_${++counter}`;
  await admin(server, 'postgres', (c) => c.query(`CREATE DATABASE ${name}`));
  return { name, url: `${server.url}/${name}` };
}

async function dropDb(server: Server, db: Db): Promise<void> {
  await admin(server, 'postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`));
}

/** Empties `db` for the next case, or drops it when it cannot be proven empty. */
async function releaseDb(server: Server, db: Db): Promise<void> {
  const empty = await admin(server, db.name, async (c) => {
    await c.query(RESET);
    return Number((await c.query<{ n: string }>(LEFT_OVER)).rows[0]!.n) === 0;
  }).catch(() => false);
  if (!empty) return dropDb(server, db);
  const pool = pools.get(server.url) ?? [];
  pools.set(server.url, pool);
  pool.push(db);
}

/** Drops the databases kept for reuse on `server` (call once the cases are done). */
export async function dropPooled(server: Server): Promise<void> {
  const pool = pools.get(server.url) ?? [];
  pools.delete(server.url);
  await Promise.all(pool.map((db) => dropDb(server, db)));
}

/** pg_dump's schema, normalised so that two databases holding the same schema print the same
 * text:
 * - comment lines, SET / set_config lines, `\restrict` lines (a random key per run) and blank
 *   lines go;
 * - statements are sorted: pg_dump orders objects by name, but breaks ties and orders
 *   dependencies by OID, i.e. by creation order, which a migration cannot reproduce and which
 *   means nothing;
 * - the column lines of a CREATE TABLE are sorted, except for tables in `keepColumnOrder`.
 *   PostgreSQL appends ADD COLUMN at the end and has no way to move a column short of
 *   rebuilding the table, which gen does not do, so column order is compared only for tables
 *   the script creates (there gen writes the columns and controls their order). */
export function normaliseDump(dump: string, keepColumnOrder: ReadonlySet<string>): string {
  const lines = dump.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('--') && !l.startsWith('SET ') && !l.startsWith('SELECT pg_catalog.set_config(') && !/^\\(un)?restrict\b/.test(l));
  const statements: string[] = [];
  let cur: string[] = [];
  for (const l of lines) {
    cur.push(l);
    if (l.endsWith(';')) statements.push(cur.join('\n')), (cur = []);
  }
  if (cur.length) statements.push(cur.join('\n'));
  return `${statements
    .map((s) => sortColumns(s, keepColumnOrder))
    .sort()
    .join('\n')}\n`;
}

const createTable = /^CREATE (?:UNLOGGED )?TABLE (\S+) \($/;

/** Table names (as pg_dump spells them) of the CREATE TABLE statements in a dump. */
export function dumpTables(dump: string): Set<string> {
  const out = new Set<string>();
  for (const l of dump.split('\n')) {
    const m = createTable.exec(l);
    if (m) out.add(m[1]!);
  }
  return out;
}

function sortColumns(statement: string, keep: ReadonlySet<string>): string {
  const lines = statement.split('\n');
  const m = createTable.exec(lines[0]!);
  if (!m || keep.has(m[1]!)) return statement;
  const close = lines.findIndex((l, i) => i > 0 && /^\)/.test(l));
  if (close < 0) return statement;
  const body = lines
    .slice(1, close)
    .map((l) => l.replace(/,$/, ''))
    .sort();
  return [lines[0]!, ...body.map((l, i) => (i < body.length - 1 ? `${l},` : l)), ...lines.slice(close)].join('\n');
}

async function pgDump(url: string): Promise<string> {
  const r = await run('pg_dump', ['--schema-only', '--no-owner', '--no-privileges', '-d', url]);
  if (r.code !== 0) throw new Error(`pg_dump failed: ${r.stderr}`);
  return r.stdout;
}

async function introspectUrl(url: string): Promise<Schema> {
  const db = await connect(url);
  try {
    return (await introspect(db)).schema;
  } finally {
    await db.close();
  }
}

/** gen's model as canonical JSON, indented for a readable diff: equal texts are exactly
 * `schemasEqual` (both sort the schema and print canonicalJson), except that the columns of
 * tables outside `keepColumnOrder` are sorted by name (see normaliseDump for why). */
export function normaliseModel(schema: Schema, keepColumnOrder: ReadonlySet<string>): string {
  const tables = schema.tables.map((t) => (keepColumnOrder.has(`${t.schema}.${t.name}`) ? t : { ...t, columns: [...t.columns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) }));
  return `${JSON.stringify(JSON.parse(canonicalJson(sortSchema({ ...schema, tables }))), null, 1)}\n`;
}

/** A database as the harness compares it: normalised pg_dump where the system pg_dump can read
 * the server; otherwise (a newer server) gen's own introspected model, which can only see what
 * gen models. There a FALSE-NO-CHANGES cannot be detected (the model is what the diff compares),
 * so such a run proves the script applies and converges in gen's eyes, no more. `tables` names
 * the tables (as pg_dump, or schema.name for the model). */
interface Snapshot {
  readonly dump?: string;
  readonly model?: Schema;
  readonly tables: Set<string>;
}

async function snapshot(server: Server, url: string): Promise<Snapshot> {
  if (server.pgDump) {
    const dump = await pgDump(url);
    return { dump, tables: dumpTables(dump) };
  }
  const model = await introspectUrl(url);
  return { model, tables: new Set(model.tables.map((t) => `${t.schema}.${t.name}`)) };
}

/** The tables of a database, named as `snapshot` names them (pg_dump quotes as quote_ident
 * does; the model names them schema.name). */
async function tablesOf(server: Server, url: string): Promise<Set<string>> {
  const name = server.pgDump ? "quote_ident(n.nspname) || '.' || quote_ident(c.relname)" : "n.nspname || '.' || c.relname";
  const rows = await admin(server, url.slice(url.lastIndexOf('/') + 1), (c) =>
    c.query<{ t: string }>(
      `SELECT ${name} AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`,
    ),
  );
  return new Set(rows.rows.map((r) => r.t));
}

function normalised(s: Snapshot, keep: ReadonlySet<string>): string {
  return s.dump !== undefined ? normaliseDump(s.dump, keep) : normaliseModel(s.model!, keep);
}

/** Compares A with B; `newTables`: tables of B that A did not have before the script. */
function compare(a: Snapshot, b: Snapshot, newTables: ReadonlySet<string>, aLabel: string): { equal: boolean; diff: string } {
  const [x, y] = [normalised(a, newTables), normalised(b, newTables)];
  return x === y ? { equal: true, diff: '' } : { equal: false, diff: unifiedDiff(aLabel, 'B (after.sql)', x, y) };
}

function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim() !== '' && !/^\s*(--|ERROR:\s*$)/.test(l)) ?? '').trim().slice(0, 160);
}

let active = 0;
const waiting: (() => void)[] = [];
async function slot<T>(f: () => Promise<T>): Promise<T> {
  if (active >= jobs) await new Promise<void>((r) => waiting.push(r));
  else active++;
  try {
    return await f();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }
}

/** Runs one case in one mode on `server`; never throws for a failure of gen (only for a broken
 * environment). */
export function runCase(c: Case, mode: Mode, server: Server): Promise<CaseResult> {
  return slot(() => runCaseNow(c, mode, server));
}

async function runCaseNow(c: Case, mode: Mode, server: Server): Promise<CaseResult> {
  const skip = skipReason(c, server, mode);
  if (skip) return { name: c.name, mode, outcome: 'skip', reason: skip, detail: '' };
  const fail = (outcome: FailureClass, reason: string, detail: string): CaseResult => ({ name: c.name, mode, outcome, reason, detail: `${c.name} [${mode}] ${outcome}: ${reason}\n${detail}` });
  const [A, B] = [await acquireDb(server), await acquireDb(server)];
  const tmp = mkdtempSync(path.join(tmpdir(), 'gen-exactness-'));
  try {
    for (const [db, file, text] of [
      [A, 'before.sql', c.before],
      [B, 'after.sql', c.after],
    ] as const) {
      const r = await psql(db.url, text);
      if (r.code !== 0) return fail('SETUP', `${file} does not load: ${firstLine(r.stderr)}`, r.stderr);
    }
    // A's own snapshot is needed only when gen sees no change; its tables come cheaper.
    const [aTables, target] = await Promise.all([tablesOf(server, A.url), snapshot(server, B.url)]);
    const newTables = new Set([...target.tables].filter((t) => !aTables.has(t)));
    const to = ['--to-url', B.url];
    if (mode === 'pull') {
      const file = path.join(tmp, 'schema.dbml');
      const p = await gen('pull', '--url', B.url, '--out', file);
      if (p.code !== 0) return fail('PULL-ERROR', firstLine(p.stderr || p.stdout), p.stderr + p.stdout);
      to.splice(0, 2, '--to-schema', file);
    }
    const pulledNote = mode === 'pull' ? `\n--- pulled schema.dbml ---\n${readFileSync(path.join(tmp, 'schema.dbml'), 'utf8')}` : '';
    const d1 = await gen('diff', '--from-url', A.url, ...to, '--script', '--exit-code');
    if (d1.code !== 0 && d1.code !== 2) return fail('DIFF-ERROR', firstLine(d1.stderr || d1.stdout), d1.stderr + d1.stdout + pulledNote);
    if (d1.code === 0) {
      const cmp = compare(await snapshot(server, A.url), target, newTables, 'A (before.sql)');
      if (!cmp.equal) return fail('FALSE-NO-CHANGES', 'gen says no changes but the databases differ', `--- diff (A before vs B) ---\n${cmp.diff}${pulledNote}`);
      return { name: c.name, mode, outcome: 'pass', reason: '', detail: '' };
    }
    const script = d1.stdout;
    writeFileSync(path.join(tmp, 'script.sql'), script);
    const applied = await psql(A.url, script);
    const scriptNote = `\n--- script ---\n${script}`;
    if (applied.code !== 0) return fail('APPLY-ERROR', firstLine(applied.stderr), `${applied.stderr}${scriptNote}${pulledNote}`);
    const cmp = compare(await snapshot(server, A.url), target, newTables, 'A (after the script)');
    const d2 = await gen('diff', '--from-url', A.url, ...to, '--script', '--exit-code');
    if (d2.code !== 0 && d2.code !== 2) return fail('DIFF-ERROR', `second diff: ${firstLine(d2.stderr || d2.stdout)}`, d2.stderr + d2.stdout + scriptNote + pulledNote);
    const rediffNote = d2.code === 2 ? `\n--- second diff (must be empty) ---\n${d2.stdout}` : '\n(second diff: no changes)';
    if (!cmp.equal) return fail('MISMATCH', `after the script A and B differ${d2.code === 0 ? ' and a second diff sees nothing' : ''}`, `--- diff (A after script vs B) ---\n${cmp.diff}${scriptNote}${rediffNote}${pulledNote}`);
    if (d2.code === 2) return fail('REDIFF-NOT-EMPTY', 'a second diff is not empty', `${scriptNote}${rediffNote}${pulledNote}`);
    return { name: c.name, mode, outcome: 'pass', reason: '', detail: '' };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await Promise.all([releaseDb(server, A), releaseDb(server, B)]);
  }
}

/** The modes to run: `EXACTNESS_MODES` (`url`, `pull` or `url,pull`, the default). */
export function modesFromEnv(): Mode[] {
  const modes = (process.env['EXACTNESS_MODES'] ?? 'url,pull').split(',').filter((m) => m !== '');
  for (const m of modes) if (m !== 'url' && m !== 'pull') throw new Error(`EXACTNESS_MODES: unknown mode ${JSON.stringify(m)}`);
  return modes as Mode[];
}

/** Ends a test with `r`: appends it to `EXACTNESS_REPORT` when set, skips the test through `skip`
 * when the server lacks what the case needs, and fails with the whole story otherwise. */
export function settle(r: CaseResult, skip: (why: string) => void): void {
  const report = process.env['EXACTNESS_REPORT'];
  if (report) appendFileSync(report, `${JSON.stringify({ name: r.name, mode: r.mode, outcome: r.outcome, reason: r.reason })}\n`);
  if (r.outcome === 'skip') skip(r.reason);
  else if (r.outcome !== 'pass') throw new Error(r.detail);
}
