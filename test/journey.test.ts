/** Issue 5, acceptance 1: a whole user journey through the built CLI in a temp folder — init,
 * dev, edit, dev, deploy to a fresh production database, status, a manual ALTER (drift), an
 * edited applied migration (deploy refuses), a migration missing from gen.sum (gen hash), a failed
 * migration fixed and re-deployed, status — with the
 * production database on PostgreSQL 15 and on PGlite. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { tempDatabase } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');

async function journey(prodUrl: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-journey-'));
  const gen = (...args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', input: '' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const prod = async (sql: string) => {
    const db = await connect(prodUrl, dir);
    try {
      await db.exec(sql);
    } finally {
      await db.close();
    }
  };
  const schema = path.join(dir, 'schema.dbml');
  expect(gen('init').code).toBe(0);
  expect(gen('dev', '--name', 'init').code).toBe(0);
  writeFileSync(schema, readFileSync(schema, 'utf8').replace('Table users {', 'Table users {\n  nickname text'));
  let r = gen('dev', '--name', 'nickname');
  expect(r.code).toBe(0);
  expect(gen('status').code).toBe(0);

  r = gen('deploy', '--url', prodUrl);
  expect(r.err).toBe('');
  expect(r.out).toContain('deployed 2 migrations');
  r = gen('status', '--url', prodUrl);
  expect(r.out).toContain('is up to date');
  expect(r.code).toBe(0);

  // A hand ALTER on production is drift, shown as a DBML diff.
  await prod('ALTER TABLE users ADD COLUMN hacked integer');
  r = gen('status', '--url', prodUrl);
  expect(r.code).toBe(1);
  expect(r.out).toContain('has drifted');
  expect(r.out).toContain('+  hacked integer');
  await prod('ALTER TABLE users DROP COLUMN hacked');

  // An applied migration edited afterwards: status and deploy refuse.
  const migrations = readdirSync(path.join(dir, 'migrations'))
    .filter((n) => n !== 'gen.sum')
    .sort();
  const first = path.join(dir, 'migrations', migrations[0]!, 'migration.sql');
  const original = readFileSync(first, 'utf8');
  writeFileSync(first, `${original}\n-- edited\n`);
  expect(gen('status', '--url', prodUrl).out).toContain('edited after it was applied');
  r = gen('deploy', '--url', prodUrl);
  expect(r.code).toBe(1);
  expect(r.err).toContain('was edited after gen.sum was written');
  // Even with gen.sum rewritten to match, the history knows what ran.
  expect(gen('hash').code).toBe(0);
  r = gen('deploy', '--url', prodUrl);
  expect(r.code).toBe(1);
  expect(r.err).toContain('edited after it was applied');
  writeFileSync(first, original);
  expect(gen('hash').code).toBe(0);

  // A hand-written migration missing from gen.sum: deploy refuses before touching production,
  // gen hash (after review) repairs gen.sum.
  const bad = path.join(dir, 'migrations', '29990101000000_backfill');
  mkdirSync(bad);
  writeFileSync(path.join(bad, 'migration.sql'), 'UPDATE users SET nickname = display_name;\nUPDATE nope SET x = 1;\n');
  r = gen('deploy', '--url', prodUrl);
  expect(r.code).toBe(1);
  expect(r.err).toContain('29990101000000_backfill is not in gen.sum');
  expect(r.err).toContain('gen hash');
  expect(gen('hash').code).toBe(0);
  // It fails in production: its one unit rolled back, so fixing the file is enough.
  r = gen('deploy', '--url', prodUrl);
  expect(r.code).toBe(1);
  expect(r.err).toContain('29990101000000_backfill/migration.sql:2:1');
  expect(r.err).toContain('re-run gen deploy');
  writeFileSync(path.join(bad, 'migration.sql'), 'UPDATE users SET nickname = display_name;\n');
  expect(gen('hash').code).toBe(0);
  expect(gen('deploy', '--url', prodUrl).out).toContain('applied 29990101000000_backfill');
  expect(gen('dev', '--name', 'nothing').out).toContain('nothing to do');
  r = gen('status', '--url', prodUrl);
  expect(r.out).toContain('ok:');
  expect(r.code).toBe(0);
}

describe('the whole journey', () => {
  it('with production on PostgreSQL 15', async () => {
    const tmp = await tempDatabase('gen_journey');
    await tmp.client.end();
    try {
      await journey(`postgres://postgres@127.0.0.1:5432/${tmp.name}`);
    } finally {
      const admin = await connect('postgres://postgres@127.0.0.1:5432/postgres');
      await admin.exec(`DROP DATABASE IF EXISTS ${tmp.name} WITH (FORCE)`);
      await admin.close();
    }
  }, 420_000);
  it('with production on PGlite', async () => journey('pglite:./prod'), 420_000);
});
