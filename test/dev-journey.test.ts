/** `gen init`, `gen dev` and `gen reset` as a user drives them (the built CLI as a subprocess, in
 * a temp folder), on the embedded default (PGlite in .gen/dev) and on PostgreSQL 15 (--url). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { tempDatabase } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const SCHEMA = "Enum status {\n  active\n  inactive\n}\n\nTable users {\n  id bigint [pk, increment]\n  email varchar(255) [not null, unique]\n  status status [not null, default: 'active']\n  bio text\n}\n";

function journey(url: string | undefined) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-dev-'));
  const gen = (...args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args, ...(url && ['dev', 'reset'].includes(args[0]!) ? ['--url', url] : [])], { cwd: dir, encoding: 'utf8', input: '' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const migrations = () =>
    readdirSync(path.join(dir, 'migrations'))
      .filter((n) => n !== 'gen.sum')
      .sort();
  const exec = async (sql: string) => {
    const db = await connect(url ?? 'pglite:.gen/dev', dir);
    try {
      await db.exec(sql);
    } finally {
      await db.close();
    }
  };
  return { dir, gen, migrations, exec };
}

async function run(url: string | undefined): Promise<void> {
  const j = journey(url);
  // init writes the files once and never overwrites.
  expect(j.gen('init').code).toBe(0);
  writeFileSync(path.join(j.dir, 'schema.dbml'), SCHEMA);
  expect(j.gen('init').out).toContain('schema.dbml exists: left as it is');
  expect(readFileSync(path.join(j.dir, '.gitignore'), 'utf8')).toContain('.gen/');

  // First migration, then nothing to do.
  let r = j.gen('dev', '--name', 'init');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(j.migrations()).toEqual([expect.stringMatching(/^\d{14}_init$/)]);
  r = j.gen('dev', '--name', 'again');
  expect(r.out).toContain('nothing to do');
  expect(j.migrations().length).toBe(1);

  // A column, an index, a foreign key and an enum value.
  writeFileSync(path.join(j.dir, 'schema.dbml'), SCHEMA.replace('  inactive\n', '  inactive\n  banned\n').replace('  bio text\n', '  bio text\n  referrer_id bigint [ref: > users.id]\n\n  indexes {\n    bio\n  }\n'));
  r = j.gen('dev', '--name', 'referrals');
  expect(r.code).toBe(0);
  const second = readFileSync(path.join(j.dir, 'migrations', j.migrations()[1]!, 'migration.sql'), 'utf8');
  expect(second).toContain("ADD VALUE 'banned' AFTER 'inactive'");
  expect(second).toContain('CREATE INDEX CONCURRENTLY users_bio_idx');
  expect(second).toContain('NOT VALID');

  // Data loss needs --accept-data-loss without a terminal; nothing is written before that.
  writeFileSync(path.join(j.dir, 'schema.dbml'), readFileSync(path.join(j.dir, 'schema.dbml'), 'utf8').replace('  bio text\n', '').replace('    bio\n', '    email\n'));
  r = j.gen('dev', '--name', 'drop_bio');
  expect(r.code).toBe(1);
  expect(r.err).toContain('--accept-data-loss');
  expect(j.migrations().length).toBe(2);
  expect(j.gen('dev', '--name', 'drop_bio', '--accept-data-loss').code).toBe(0);

  // --create-only writes without applying; a hand edit before applying is respected.
  writeFileSync(path.join(j.dir, 'schema.dbml'), readFileSync(path.join(j.dir, 'schema.dbml'), 'utf8').replace('Table users {', "Table users [note: 'people']{"));
  expect(j.gen('dev', '--name', 'note', '--create-only').out).toContain('not applied (--create-only)');
  const noteFile = path.join(j.dir, 'migrations', j.migrations()[3]!, 'migration.sql');
  writeFileSync(noteFile, `${readFileSync(noteFile, 'utf8')}\n-- a backfill written by hand\nUPDATE public.users SET email = email WHERE false;\n`);
  r = j.gen('dev', '--name', 'after_note');
  expect(r.out).toContain(`applied ${j.migrations()[3]}`);
  expect(r.out).toContain('nothing to do');

  // A manual change is drift: reported, never reset silently; gen reset rebuilds.
  await j.exec('ALTER TABLE users ADD COLUMN hacked int');
  r = j.gen('dev', '--name', 'x');
  expect(r.code).toBe(1);
  expect(r.err).toContain('drifted');
  expect(r.err).toContain('+ column public.users.hacked integer');
  expect(j.gen('reset').code).toBe(0);
  expect(j.gen('dev', '--name', 'x').out).toContain('nothing to do');
  expect(existsSync(path.join(j.dir, 'migrations', 'gen.sum'))).toBe(true);
}

describe('gen init / dev / reset', () => {
  it('on the embedded default (PGlite in .gen/dev)', async () => run(undefined), 180_000);
  it('on PostgreSQL 15 (--url)', async () => {
    const tmp = await tempDatabase('gen_dev');
    await tmp.client.end();
    try {
      await run(`postgres://postgres@127.0.0.1:5432/${tmp.name}`);
    } finally {
      const admin = await connect('postgres://postgres@127.0.0.1:5432/postgres');
      await admin.exec(`DROP DATABASE IF EXISTS ${tmp.name}`);
      await admin.close();
    }
  }, 180_000);
});
