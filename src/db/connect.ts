/** Opening a `Queryable` for a URL, with driver errors turned into `DbError`s a user can act on. */
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { PGlite } from '@electric-sql/pglite';
import { assertNever } from '../model/types.js';
import { DbError, type Queryable } from './queryable.js';
import { type DbTarget, parseDbUrl, redact } from './url.js';

/** Connects to `url` (see `parseDbUrl`). */
export async function connect(url: string, cwd = process.cwd()): Promise<Queryable> {
  const target = parseDbUrl(url, cwd);
  switch (target.scheme) {
    case 'postgres':
      return connectPg(target);
    case 'pglite':
      return connectPglite(target.dir);
    default:
      return assertNever(target, 'db');
  }
}

interface PgLikeError {
  code?: string;
  message?: string;
  hint?: string;
}

/** Maps a pg / PGlite error to a DbError; `statement` names the failing SQL. */
export function toDbError(e: unknown, where: { host?: string; port?: number; database?: string; statement?: string }): DbError {
  if (e instanceof DbError) return e;
  const err = e as PgLikeError;
  const code = err.code;
  const msg = redact(String(err.message ?? e));
  const at = where.host !== undefined ? `${where.host}:${where.port}` : 'the database';
  // pg's own words when the server asks for a password and it was given none.
  if (code === undefined && /password must be a string|no password/i.test(msg)) {
    return new DbError('auth-failed', `authentication failed at ${at}: the server asks for a password and none was given (put it in the URL, a password= parameter, PGPASSWORD or .env)`);
  }
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
    case 'EAI_AGAIN':
      return new DbError('unreachable', `cannot reach the PostgreSQL server at ${at} (${code}); is it running and listening there?`);
    case '28P01':
    case '28000':
      return new DbError('auth-failed', `authentication failed at ${at}: ${msg}`, code);
    case '3D000':
      return new DbError('no-database', `database "${where.database}" does not exist on ${at}`, code);
    case '42501':
      return new DbError('permission-denied', `permission denied${where.statement ? ` running: ${firstLine(where.statement)}` : ''}: ${msg}`, code);
    default: {
      const hint = err.hint ? redact(err.hint) : undefined;
      return new DbError('query-failed', `${msg}${hint ? `\n  hint: ${hint}` : ''}${where.statement ? `\n  in: ${firstLine(where.statement)}` : ''}`, code, { message: msg, ...(hint ? { hint } : {}) });
    }
  }
}

function firstLine(sql: string): string {
  const line = sql.trim().split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** Imports pg. Its stream module probes for Cloudflare Workers as it loads: on Node < 21, which
 * has no global `navigator`, the probe constructs a fetch `Response`, and that loads undici — a
 * large share of a no-op `gen deploy`. For the import only, we lend the `navigator` that
 * Node >= 21 defines itself (`userAgent: 'Node.js/…'`), which answers the probe at once. */
async function loadPg(): Promise<typeof import('pg').default> {
  const g = globalThis as { navigator?: unknown };
  const lend = g.navigator === undefined;
  if (lend) Object.defineProperty(g, 'navigator', { value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` }, configurable: true, writable: true });
  try {
    return (await import('pg')).default;
  } finally {
    if (lend) delete g.navigator;
  }
}

async function connectPg(t: Extract<DbTarget, { scheme: 'postgres' }>): Promise<Queryable> {
  const where = { host: t.host, port: t.port, database: t.database };
  // Each driver is loaded when a URL needs it: a deploy to a server never pays for PGlite.
  const pg = await loadPg();
  // libpq's default user is the operating system's user; pg reads $USER only, unset in many
  // containers and CI jobs (the server then sees an empty user name).
  if (!pg.defaults.user) {
    try {
      pg.defaults.user = userInfo().username;
    } catch {
      // no passwd entry: leave pg's default alone
    }
  }
  // gen's literals (history rows, rendered scripts) assume standard strings: pinned at startup,
  // in the connection packet, so a server configured otherwise cannot turn `\'` into a quote.
  // JIT compiles the catalog queries (their estimates pass jit_above_cost) for longer than they
  // run; nothing gen sends gains from it.
  const open = async () => {
    const c = new pg.Client({ connectionString: t.url, connectionTimeoutMillis: 10_000, options: '-c standard_conforming_strings=on -c jit=off' });
    // pg emits 'error' on a dropped connection; without a listener that would crash the process.
    c.on('error', () => undefined);
    try {
      await c.connect();
      return c;
    } catch (e) {
      await c.end().catch(() => undefined);
      throw toDbError(e, where);
    }
  };
  const client = await open();
  const all = async (c: typeof client, sqls: readonly string[]) => ([] as { rows: object[] }[]).concat((await c.query(joined(sqls))) as unknown as { rows: object[] }[]).map((r) => r.rows);
  // Helper connections for parallel reads; a server that refuses one (connection limit) gets
  // the batch on the main connection instead.
  const helpers: Promise<typeof client | undefined>[] = [];
  const helper = (i: number) => {
    helpers[i] ??= open().catch(() => undefined);
    return helpers[i];
  };
  return queryable('postgres', where, {
    query: async (sql, params) => (await client.query(sql, params as unknown[] | undefined)).rows,
    exec: async (sql) => {
      await client.query(sql);
    },
    // A simple query with several statements answers with one result per statement.
    queryAll: (sqls) => all(client, sqls),
    queryAllParallel: async (batches) => {
      if (batches.length <= 1) return Promise.all(batches.map((b) => all(client, b)));
      // Catalog functions print names relative to the search_path: the helpers take this one's.
      // (pg runs one query at a time on a connection: the batch waits for this answer.)
      const path = client.query<{ p: string }>("SELECT current_setting('search_path') AS p");
      path.catch(() => undefined);
      const first = path.then(() => all(client, batches[0] ?? []));
      const rest = batches.slice(1).map(async (b, i) => {
        const h = await helper(i);
        if (h === undefined) return undefined;
        await h.query("SELECT set_config('search_path', $1, false)", [(await path).rows[0]?.p ?? '']);
        return all(h, b);
      });
      // Every lane settles before the first failure is thrown: none is left to reject unheard.
      const settled = await Promise.allSettled([first, ...rest]);
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
      const out: object[][][] = [];
      for (const [i, r] of settled.entries()) out.push((r.status === 'fulfilled' ? r.value : undefined) ?? (await all(client, batches[i] ?? [])));
      return out;
    },
    close: async () => {
      await Promise.all(helpers.map(async (h) => (await h)?.end()));
      await client.end();
    },
  });
}

type Driver = {
  query(sql: string, params?: readonly unknown[]): Promise<object[]>;
  exec(sql: string): Promise<void>;
  queryAll(sqls: readonly string[]): Promise<object[][]>;
  queryAllParallel(batches: readonly (readonly string[])[]): Promise<object[][][]>;
  close(): Promise<void>;
};

/** Queries joined into one text; the separator sits on its own line, so that a query ending in
 * a `--` comment cannot swallow it. */
function joined(sqls: readonly string[]): string {
  return sqls.join('\n;\n');
}

/** The Queryable over a driver: every failure becomes a DbError naming the statement. */
async function queryable(kind: Queryable['kind'], where: Parameters<typeof toDbError>[1], d: Driver): Promise<Queryable> {
  const guard = async <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      throw toDbError(e, { ...where, statement: sql });
    }
  };
  const version = await guard('server_version_num', () => d.query("SELECT current_setting('server_version_num') AS v"));
  return {
    kind,
    serverVersion: Number((version[0] as { v: string }).v),
    query: <R extends object>(sql: string, params?: readonly unknown[]) => guard(sql, () => d.query(sql, params)) as Promise<R[]>,
    exec: (sql: string) => guard(sql, () => d.exec(sql)),
    queryAll: async (sqls: readonly string[]) => {
      const all = await guard(joined(sqls), () => d.queryAll(sqls));
      if (all.length !== sqls.length) throw new DbError('query-failed', `expected ${sqls.length} results from ${sqls.length} queries, got ${all.length}`);
      return all;
    },
    queryAllParallel: async (batches: readonly (readonly string[])[]) => {
      const all = await guard(batches.map(joined).join('\n;\n'), () => d.queryAllParallel(batches));
      for (const [i, b] of batches.entries()) {
        if (all[i]?.length !== b.length) throw new DbError('query-failed', `expected ${b.length} results from ${b.length} queries, got ${all[i]?.length}`);
      }
      return all;
    },
    close: () => d.close(),
  };
}

async function connectPglite(dir: string | 'memory'): Promise<Queryable> {
  if (dir !== 'memory') mkdirSync(dir, { recursive: true });
  let db: PGlite;
  try {
    const { freshMemoryPglite, PGLITE_CONF, pgliteExtensions } = await import('./pglite-snapshot.js');
    if (dir === 'memory') db = await freshMemoryPglite();
    else db = await (await import('@electric-sql/pglite')).PGlite.create({ dataDir: dir, postgresqlconf: PGLITE_CONF, extensions: await pgliteExtensions() });
  } catch (e) {
    throw new DbError('unreachable', `cannot open the embedded database in ${dir}: ${(e as Error).message}`);
  }
  return queryable(
    'pglite',
    {},
    {
      query: async (sql, params) => (await db.query<object>(sql, params as unknown[] | undefined)).rows,
      exec: async (sql) => {
        await db.exec(sql);
      },
      queryAll: async (sqls) => (await db.exec(joined(sqls))).map((r) => r.rows as object[]),
      queryAllParallel: async (batches) => {
        const out: object[][][] = [];
        for (const b of batches) out.push((await db.exec(joined(b))).map((r) => r.rows as object[]));
        return out;
      },
      close: () => db.close(),
    },
  );
}
