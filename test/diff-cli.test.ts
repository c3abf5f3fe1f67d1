/** `gen diff` as a user runs it. Acceptance: `gen diff --from-url A --to-url B --script`,
 * applied to A with `psql -v ON_ERROR_STOP=1 -f`, makes A equal to B — for the real-world
 * schemas in shared/schemas (A empty, and back to empty) and for a DBML target. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { introspect } from '../src/introspect/index.js';
import { canonicalJson, sortSchema } from '../src/model/schema.js';
import { sharedDir } from './corpus-helpers.js';
import { tempDatabase } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const gen = (args: string[], cwd = tmpdir()) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
const server = 'postgres://postgres@127.0.0.1:5432';
const schemasDir = path.join(sharedDir(), 'schemas');

async function snapshot(url: string) {
  const db = await connect(url);
  try {
    return JSON.parse(canonicalJson(sortSchema((await introspect(db)).schema))) as unknown;
  } finally {
    await db.close();
  }
}

function psql(url: string, sql: string): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gen-diff-')), 'script.sql');
  writeFileSync(file, sql);
  const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
}

describe.each(['chinook.sql', 'northwind.sql'])('gen diff on %s', (file) => {
  it('--from-url empty --to-url B --script makes A equal to B, and back to empty', async () => {
    const a = await tempDatabase('gen_diff_a');
    const b = await tempDatabase('gen_diff_b');
    try {
      await b.client.query(readFileSync(path.join(schemasDir, file), 'utf8'));
      const [ua, ub] = [`${server}/${a.name}`, `${server}/${b.name}`];
      const up = gen(['diff', '--from-url', ua, '--to-url', ub, '--script']);
      expect(up.stderr).toBe('');
      expect(up.status).toBe(0);
      psql(ua, up.stdout);
      expect(await snapshot(ua)).toEqual(await snapshot(ub));
      expect(gen(['diff', '--from-url', ua, '--to-url', ub, '--exit-code']).status).toBe(0);
      // And B back to empty: everything dropped in an order PostgreSQL accepts.
      const down = gen(['diff', '--from-url', ub, '--to-empty', '--script']);
      expect(down.status).toBe(0);
      psql(ub, down.stdout);
      expect(gen(['diff', '--from-url', ub, '--to-empty', '--exit-code']).status).toBe(0);
    } finally {
      await a.drop();
      await b.drop();
    }
  });
});

describe('gen diff options', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-diff-opts-'));
  writeFileSync(path.join(dir, 'a.dbml'), 'Table users {\n  id int [pk]\n  name text\n}\n');
  writeFileSync(path.join(dir, 'b.dbml'), 'Table users {\n  id int [pk]\n  full_name text\n}\n');
  it('summarises, with a rename hint, and --exit-code exits 2 on differences', () => {
    const r = gen(['diff', '--from-schema', 'a.dbml', '--to-schema', 'b.dbml', '--exit-code'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('- column public.users.name');
    expect(r.stdout).toContain('+ column public.users.full_name text');
    expect(r.stdout).toContain('pass --rename public.users.name=full_name');
  });
  it('--rename turns the drop and add into a rename', () => {
    const r = gen(['diff', '--from-schema', 'a.dbml', '--to-schema', 'b.dbml', '--rename', 'public.users.name=full_name', '--script'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ALTER TABLE public.users RENAME COLUMN name TO full_name;');
    expect(r.stdout).not.toContain('DROP COLUMN');
  });
  it('--json lists changes and steps, each step with the changes it comes from and its hazards with messages', () => {
    const r = gen(['diff', '--from-schema', 'a.dbml', '--to-schema', 'b.dbml', '--json'], dir);
    const j = JSON.parse(r.stdout) as { changes: { kind: string }[]; steps: { sql: string[]; changes: number[]; hazards: { code: string; message: string }[] }[] };
    expect(j.changes.map((c) => c.kind)).toEqual(['DropColumn', 'AddColumn']);
    const drop = j.steps.find((s) => s.sql.some((q) => q.includes('DROP COLUMN')))!;
    expect(drop.changes.map((i) => j.changes[i]!.kind)).toEqual(['DropColumn']);
    expect(drop.hazards.find((h) => h.code === 'DELETES_DATA')?.message).toMatch(/^drop column users\.\w+ and its data: removes rows or values that only a backup brings back$/);
    const add = j.steps.find((s) => s.sql.some((q) => q.includes('ADD COLUMN')))!;
    expect(add.changes.map((i) => j.changes[i]!.kind)).toEqual(['AddColumn']);
    // Every step comes from a change (the timeouts from those on tables holding rows); every
    // hazard has a message.
    const timeouts = j.steps.find((s) => s.sql.some((q) => /^SET lock_timeout/.test(q)))!;
    expect(timeouts.changes.map((i) => j.changes[i]!.kind)).toEqual(['DropColumn', 'AddColumn']);
    for (const s of j.steps) {
      expect(s.changes.length).toBeGreaterThan(0);
      for (const h of s.hazards) expect(h.message.length).toBeGreaterThan(20);
    }
  });
  it('no differences: says so and exits 0 with --exit-code', () => {
    const r = gen(['diff', '--from-schema', 'a.dbml', '--to-schema', 'a.dbml', '--exit-code'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('No differences.\n');
  });
  it('--from-migrations replays the folder on an in-memory PGlite', () => {
    const m = path.join(dir, 'migrations', '20260101000000_init');
    mkdirSync(m, { recursive: true });
    writeFileSync(path.join(m, 'migration.sql'), 'CREATE TABLE users (id int PRIMARY KEY, name text);\nCREATE INDEX CONCURRENTLY users_name_idx ON users (name);\n');
    const same = gen(['diff', '--from-migrations', 'migrations', '--to-schema', 'a.dbml'], dir);
    expect(same.stdout).toBe('1 change, 1 step:\n  - index public.users users_name_idx\nHazards: INDEX_DROPPED (1).\nRun with --script for the SQL.\n');
    const broken = path.join(dir, 'migrations', '20260102000000_broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(path.join(broken, 'migration.sql'), '-- oops\nALTER TABLE nope ADD COLUMN x int;\n');
    const r = gen(['diff', '--from-migrations', 'migrations', '--to-schema', 'a.dbml'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('20260102000000_broken/migration.sql:2:1: relation "nope" does not exist');
  });
  it('needs exactly one source per side', () => {
    const r = gen(['diff', '--from-empty', '--from-schema', 'a.dbml', '--to-empty'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('give exactly one of --from-empty');
  });
  it('rejects a malformed --rename', () => {
    const r = gen(['diff', '--from-schema', 'a.dbml', '--to-schema', 'b.dbml', '--rename', 'users'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--rename users: expected');
  });
  it('a DBML target compares with a database by the server spelling of its expressions', async () => {
    writeFileSync(path.join(dir, 'c.dbml'), "Table t {\n  price numeric(10,2) [check: `price > 0`]\n  email text\n  indexes {\n    `lower(email)` [name: 't_email']\n  }\n}\n");
    const a = await tempDatabase('gen_diff_c');
    try {
      const url = `${server}/${a.name}`;
      const up = gen(['diff', '--from-url', url, '--to-schema', 'c.dbml', '--script'], dir);
      expect(up.status).toBe(0);
      psql(url, up.stdout);
      const again = gen(['diff', '--from-url', url, '--to-schema', 'c.dbml', '--exit-code'], dir);
      expect(again.stdout).toBe('No differences.\n');
      expect(again.status).toBe(0);
    } finally {
      await a.drop();
    }
  });
});
