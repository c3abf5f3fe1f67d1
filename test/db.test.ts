/** The database seam against real PostgreSQL 15 and PGlite: queries, URL resolution, and
 * failures that are clear, typed and never show a password. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { DbError } from '../src/db/queryable.js';
import { parseDbUrl, redact, redactUrl, resolveUrl } from '../src/db/url.js';
import { registerSecretsIn } from '../src/db/redact.js';
import { tempDatabase } from './pg.js';

const server = 'postgres://postgres@127.0.0.1:5432';

describe('URL resolution', () => {
  it('prefers --url, then DATABASE_URL, then .env', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'gen-env-'));
    writeFileSync(path.join(cwd, '.env'), 'DATABASE_URL=postgres://from-dotenv/db\nOTHER=1\n');
    expect(resolveUrl({ flag: 'pglite:memory', env: { DATABASE_URL: 'postgres://env/db' }, cwd })).toEqual({ url: 'pglite:memory', source: '--url' });
    expect(resolveUrl({ env: { DATABASE_URL: 'postgres://env/db' }, cwd })).toEqual({ url: 'postgres://env/db', source: 'DATABASE_URL' });
    const before = process.env['DATABASE_URL'];
    expect(resolveUrl({ env: {}, cwd })).toEqual({ url: 'postgres://from-dotenv/db', source: '.env' });
    expect(process.env['DATABASE_URL']).toBe(before); // reading .env leaves the environment alone
    expect(resolveUrl({ env: {}, cwd: mkdtempSync(path.join(tmpdir(), 'gen-env-')) })).toBeUndefined();
  });
  it('parses every scheme', () => {
    expect(parseDbUrl('postgresql://u:p%40ss@db.example:6543/shop')).toMatchObject({ scheme: 'postgres', host: 'db.example', port: 6543, database: 'shop', password: 'p@ss' });
    expect(parseDbUrl('pglite:memory')).toEqual({ scheme: 'pglite', dir: 'memory' });
    expect(parseDbUrl('pglite:./.gen/dev', '/work/x')).toEqual({ scheme: 'pglite', dir: '/work/x/.gen/dev' });
    expect(() => parseDbUrl('mysql://u:secret@h/db')).toThrow(/^unsupported scheme 'mysql:' in the database URL/);
    expect(() => parseDbUrl('mysql://u:secret@h/db')).not.toThrow(/secret/);
  });
  it('redacts passwords', () => {
    expect(redactUrl('postgres://me:hunter2@h:5432/db')).toBe('postgres://me:***@h:5432/db');
    registerSecretsIn('postgres://me:hunter2@h/db');
    expect(redact('failed for postgres://me:hunter2@h/db with hunter2')).toBe('failed for postgres://me:***@h/db with ***');
  });
});

describe('PostgreSQL server', () => {
  let db: Awaited<ReturnType<typeof tempDatabase>>;
  beforeAll(async () => {
    db = await tempDatabase('gen_db');
    await db.client.query(`DROP ROLE IF EXISTS gen_noperm; CREATE ROLE gen_noperm LOGIN; CREATE TABLE secret (x int)`);
  });
  afterAll(async () => {
    await db.drop();
    const { client, drop } = await tempDatabase('gen_db_cleanup');
    await client.query('DROP ROLE IF EXISTS gen_noperm');
    await drop();
  });

  it('runs queries with parameters and multi-statement scripts', async () => {
    const q = await connect(`${server}/${db.name}`);
    try {
      expect(q.kind).toBe('postgres');
      expect(q.serverVersion).toBeGreaterThanOrEqual(130000);
      await q.exec('CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2);');
      expect(await q.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE id > $1', [0])).toEqual([{ n: 2 }]);
    } finally {
      await q.close();
    }
  });
  it('without a user in the URL, connects as the operating system user even when $USER is unset (as libpq does)', () => {
    const { USER: _user, ...env } = process.env;
    const me = userInfo().username;
    const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../bin/gen.js'), 'diff', '--from-url', `host=127.0.0.1 dbname=${db.name}`, '--to-empty', '--json'], { encoding: 'utf8', env });
    // The server knows the role or says so by name: never an empty user name.
    expect(r.stdout).not.toContain('no PostgreSQL user name specified');
    if (r.status !== 0) expect(r.stdout).toContain(`"${me}"`);
  });
  it('names the host and port when the server is unreachable', async () => {
    await expect(connect('postgres://me:hunter2@127.0.0.1:1/db')).rejects.toMatchObject({ kind: 'unreachable', message: expect.stringContaining('127.0.0.1:1') });
  });
  it('says when the database does not exist', async () => {
    const e = await connect(`postgres://postgres:hunter2@127.0.0.1:5432/gen_no_such_db`).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DbError);
    expect(e).toMatchObject({ kind: 'no-database', message: 'database "gen_no_such_db" does not exist on 127.0.0.1:5432' });
    expect(String((e as Error).message)).not.toContain('hunter2');
  });
  it('says when permission is denied, naming the statement', async () => {
    const q = await connect(`postgres://gen_noperm@127.0.0.1:5432/${db.name}`);
    try {
      await expect(q.query('SELECT * FROM secret')).rejects.toMatchObject({ kind: 'permission-denied', sqlstate: '42501', message: expect.stringContaining('SELECT * FROM secret') });
    } finally {
      await q.close();
    }
  });
  it('reports a failing statement with its SQL', async () => {
    const q = await connect(`${server}/${db.name}`);
    try {
      await expect(q.exec('SELECT nope FROM nowhere')).rejects.toMatchObject({ kind: 'query-failed', sqlstate: '42P01', message: expect.stringContaining('in: SELECT nope FROM nowhere') });
    } finally {
      await q.close();
    }
  });
});

describe('PGlite', () => {
  it('runs in memory', async () => {
    const q = await connect('pglite:memory');
    try {
      expect(q.kind).toBe('pglite');
      expect(q.serverVersion).toBeGreaterThanOrEqual(180000);
      await q.exec('CREATE TABLE t (id int); INSERT INTO t VALUES (7);');
      expect(await q.query('SELECT id FROM t WHERE id = $1', [7])).toEqual([{ id: 7 }]);
      await expect(q.query('SELECT nope')).rejects.toMatchObject({ kind: 'query-failed', sqlstate: '42703' });
    } finally {
      await q.close();
    }
  });
  it('persists in a directory', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-pglite-'));
    const a = await connect(`pglite:${dir}`);
    await a.exec('CREATE TABLE kept (id int); INSERT INTO kept VALUES (42);');
    await a.close();
    const b = await connect(`pglite:${dir}`);
    try {
      expect(await b.query('SELECT id FROM kept')).toEqual([{ id: 42 }]);
    } finally {
      await b.close();
    }
  });
});
