/** `gen rollback` (PostgreSQL 15): deploy → rollback → status pending → deploy again, --steps and
 * --to, a test per refusal (missing down.sql, down.sql edited since gen.sum, a later migration
 * applied, data loss, irreversible, an older gen.sum), resuming a rollback that failed part-way,
 * and the CLI's words. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { readMigrations } from '../src/migrations/dir.js';
import { sumText } from '../src/migrations/sum.js';
import { deploy } from '../src/use-cases/deploy.js';
import { rollback } from '../src/use-cases/rollback.js';
import { status } from '../src/use-cases/status.js';
import { tempDatabase } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');

const A = `CREATE TABLE public.a (id int PRIMARY KEY, note text);`;
const A_DOWN = `DROP TABLE public.a;`;
const B = `CREATE TABLE public.b (id int PRIMARY KEY);`;
const B_DOWN = `DROP TABLE public.b;`;

async function project() {
  const tmp = await tempDatabase('gen_rollback');
  await tmp.client.end();
  const url = `postgres://postgres@127.0.0.1:5432/${tmp.name}`;
  const cwd = mkdtempSync(path.join(tmpdir(), 'gen-rollback-'));
  const dir = path.join(cwd, 'migrations');
  mkdirSync(dir);
  writeFileSync(path.join(cwd, 'schema.dbml'), 'Table a {\n  id int [pk]\n  note text\n}\n');
  const hash = (downs = true) => writeFileSync(path.join(dir, 'gen.sum'), sumText(readMigrations(dir), downs));
  /** A migration folder (down.sql unless null) and gen.sum, as gen dev writes them. */
  const write = (name: string, up: string, down: string | null) => {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, 'migration.sql'), up);
    if (down !== null) writeFileSync(path.join(dir, name, 'down.sql'), down);
    hash();
  };
  const query = async (sql: string) => {
    const db = await connect(url);
    try {
      return await db.query<Record<string, unknown>>(sql);
    } finally {
      await db.close();
    }
  };
  const tables = async () => (await query(`SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> '_gen_migrations' ORDER BY 1`)).map((r) => r['relname']);
  const drop = async () => {
    const admin = await connect('postgres://postgres@127.0.0.1:5432/postgres');
    await admin.exec(`DROP DATABASE IF EXISTS ${tmp.name} WITH (FORCE)`);
    await admin.close();
    rmSync(cwd, { recursive: true, force: true });
  };
  const o = { cwd, url };
  return { cwd, dir, url, o, write, hash, query, tables, drop };
}

describe('gen rollback', () => {
  it('rolls back the last migration, keeps the history, and deploy applies it again', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', A, A_DOWN);
      p.write('20260102000000_b', B, B_DOWN);
      await deploy(p.o);
      expect(await p.tables()).toEqual(['a', 'b']);
      const r = await rollback(p.o);
      expect(r.outcome).toBe('rolled-back');
      expect(r.migrations.map((m) => m.name)).toEqual(['20260102000000_b']);
      expect(await p.tables()).toEqual(['a']);
      // History is added to, never rewritten: the apply row stays, a rollback row follows it.
      const rows = await p.query(`SELECT name, operation, finished_at IS NOT NULL AS done FROM public._gen_migrations ORDER BY id`);
      expect(rows).toEqual([
        { name: '20260101000000_a', operation: null, done: true },
        { name: '20260102000000_b', operation: null, done: true },
        { name: '20260102000000_b', operation: 'rollback', done: true },
      ]);
      const s = await status(p.o);
      expect(s.ok).toBe(false);
      expect(s.findings.filter((f) => f.kind !== 'schema').map((f) => [f.kind, f.message])).toEqual([['pending', expect.stringContaining('20260102000000_b is not applied')]]);
      expect(s.findings.some((f) => f.kind === 'drift')).toBe(false);
      const d = await deploy(p.o);
      expect(d.pending.map((m) => m.name)).toEqual(['20260102000000_b']);
      expect(await p.tables()).toEqual(['a', 'b']);
      // Nothing more to do once everything is rolled back.
      expect((await rollback({ ...p.o, steps: 2 })).migrations.map((m) => m.name)).toEqual(['20260102000000_b', '20260101000000_a']);
      expect(await p.tables()).toEqual([]);
      expect((await rollback(p.o)).outcome).toBe('nothing-applied');
    } finally {
      await p.drop();
    }
  }, 60_000);

  it('--to keeps the named migration applied; --dry-run runs nothing', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', A, A_DOWN);
      p.write('20260102000000_b', B, B_DOWN);
      p.write('20260103000000_c', 'CREATE TABLE public.c (id int);', 'DROP TABLE public.c;');
      await deploy(p.o);
      const dry = await rollback({ ...p.o, to: '20260101000000_a', dryRun: true });
      expect(dry.outcome).toBe('dry-run');
      expect(dry.migrations.map((m) => m.name)).toEqual(['20260103000000_c', '20260102000000_b']);
      expect(await p.tables()).toEqual(['a', 'b', 'c']);
      await rollback({ ...p.o, to: '20260101000000_a' });
      expect(await p.tables()).toEqual(['a']);
      await expect(rollback({ ...p.o, to: '20260103000000_c' })).rejects.toThrow(/--to 20260103000000_c: no such applied migration/);
      await expect(rollback({ ...p.o, steps: 5 })).rejects.toThrow(/--steps 5: only 1 migration is applied/);
    } finally {
      await p.drop();
    }
  }, 60_000);

  it('refuses, running nothing: no down.sql, down.sql edited since gen.sum, an older gen.sum', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', A, null);
      await deploy(p.o);
      await expect(rollback(p.o)).rejects.toThrow(/20260101000000_a has no down\.sql, so it cannot be rolled back/);
      writeFileSync(path.join(p.dir, '20260101000000_a', 'down.sql'), A_DOWN);
      // Written after gen.sum: gen.sum does not list it.
      await expect(rollback(p.o)).rejects.toThrow(/gen\.sum does not record 20260101000000_a\/down\.sql \(written by hand, or by an older gen\)/);
      p.hash();
      writeFileSync(path.join(p.dir, '20260101000000_a', 'down.sql'), `${A_DOWN}\nDROP TABLE public.other;`);
      await expect(rollback(p.o)).rejects.toThrow(/20260101000000_a\/down\.sql was edited after gen\.sum was written[\s\S]*gen hash/);
      writeFileSync(path.join(p.dir, '20260101000000_a', 'down.sql'), A_DOWN);
      // gen.sum as an older gen wrote it (no down lines): deploy accepts it, rollback asks for gen hash.
      p.hash(false);
      await expect(rollback(p.o)).rejects.toThrow(/gen\.sum does not record 20260101000000_a\/down\.sql \(written by hand, or by an older gen\): review it, then run gen hash/);
      expect(await p.tables()).toEqual(['a']);
      p.hash();
      await rollback(p.o);
      expect(await p.tables()).toEqual([]);
    } finally {
      await p.drop();
    }
  }, 60_000);

  it('refuses to roll back past a migration applied later that sorts after it', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', A, A_DOWN);
      p.write('20260103000000_c', 'CREATE TABLE public.c (id int);', 'DROP TABLE public.c;');
      await deploy(p.o);
      // A branch merged late: b sorts before c but is applied after it.
      p.write('20260102000000_b', B, B_DOWN);
      await deploy({ ...p.o, allowOutOfOrder: true });
      await expect(rollback(p.o)).rejects.toThrow(/20260103000000_c is applied and sorts after 20260102000000_b: roll it back first/);
      expect(await p.tables()).toEqual(['a', 'b', 'c']);
      await rollback({ ...p.o, steps: 2 });
      expect(await p.tables()).toEqual(['a']);
    } finally {
      await p.drop();
    }
  }, 60_000);

  it('needs --accept-data-loss when the up script deleted data or the down script deletes what it did not create', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', A, A_DOWN);
      await deploy(p.o);
      await p.query(`INSERT INTO public.a VALUES (1, 'kept?')`);
      p.write('20260102000000_drop_note', 'ALTER TABLE public.a DROP COLUMN note;', 'ALTER TABLE public.a ADD COLUMN note text;');
      await deploy(p.o);
      await expect(rollback(p.o)).rejects.toThrow(/20260102000000_drop_note deleted column public\.a\.note and its values: rolling it back brings the structure back, not the data \(pass --accept-data-loss/);
      await rollback({ ...p.o, acceptDataLoss: true });
      expect(await p.query(`SELECT id, note FROM public.a`)).toEqual([{ id: 1, note: null }]);
      // A down script that drops a table its migration did not create.
      p.write('20260103000000_bad_down', 'CREATE INDEX a_id ON public.a (id);', 'DROP INDEX public.a_id;\nDROP TABLE public.a;');
      await deploy(p.o);
      await expect(rollback(p.o)).rejects.toThrow(/20260103000000_bad_down\/down\.sql deletes table public\.a and its rows, which 20260103000000_bad_down did not create/);
      expect(await p.tables()).toEqual(['a']);
    } finally {
      await p.drop();
    }
  }, 60_000);

  it('needs --accept-irreversible for a down script marked irreversible', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', A, `-- down: reverses 20260101000000_a\n-- gen:irreversible: the columns of public.a come back in another order\n${A_DOWN}\n`);
      await deploy(p.o);
      expect(readMigrations(p.dir)[0]!.down).toBeDefined();
      await expect(rollback(p.o)).rejects.toThrow(/20260101000000_a is marked irreversible: the columns of public\.a come back in another order \(pass --accept-irreversible/);
      expect((await rollback({ ...p.o, dryRun: true })).migrations[0]!.irreversible).toEqual(['the columns of public.a come back in another order']);
      await rollback({ ...p.o, acceptIrreversible: true });
      expect(await p.tables()).toEqual([]);
    } finally {
      await p.drop();
    }
  }, 60_000);

  it('resumes a rollback that failed part-way at the unit that failed; deploy refuses meanwhile', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', A, A_DOWN);
      // Unit 1 (its own transaction) records that it ran; unit 2 fails until it is fixed.
      const down = (second: string) => `BEGIN;\nCREATE TABLE public.unit_one_ran (n int);\nCOMMIT;\n\nBEGIN;\n${second}\nCOMMIT;\n`;
      p.write('20260102000000_b', B, down('SELECT 1 / 0;'));
      await deploy(p.o);
      await expect(rollback(p.o)).rejects.toThrow(/unit 2 of 2 of 20260102000000_b\/down\.sql rolled back as a whole \(unit 1 committed and will not run again\): fix the cause, then re-run gen rollback; it resumes at unit 2/);
      expect(await p.tables()).toEqual(['a', 'b', 'unit_one_ran']);
      await expect(deploy(p.o)).rejects.toThrow(/20260102000000_b is part-way through a rollback[\s\S]*run gen rollback again to finish it/);
      // Unit 1 must stay as it ran; unit 2 may change.
      writeFileSync(path.join(p.dir, '20260102000000_b', 'down.sql'), down(B_DOWN));
      p.hash();
      const r = await rollback(p.o);
      expect(r.migrations[0]!.resume).toEqual({ unit: 2, units: 2, applied: 1 });
      expect(await p.tables()).toEqual(['a', 'unit_one_ran']);
      await deploy(p.o);
      expect(await p.tables()).toEqual(['a', 'b', 'unit_one_ran']);
    } finally {
      await p.drop();
    }
  }, 60_000);

  it('status --check-down proves down scripts: an unmarked one that does not restore the schema fails', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', 'CREATE TABLE public.t (id int, note text, extra text);', 'DROP TABLE public.t;');
      // The column comes back last: (id, extra, note), not (id, note, extra).
      p.write('20260102000000_drop_note', 'ALTER TABLE public.t DROP COLUMN note;', 'ALTER TABLE public.t ADD COLUMN note text;\n');
      const first = await status({ cwd: p.cwd, all: true, checkDown: true });
      expect(first.notes.filter((n) => n.kind === 'down')).toEqual([]);
      expect(first.findings.filter((f) => f.kind === 'down').map((f) => f.message)).toEqual([
        'migrations/20260102000000_drop_note/down.sql does not restore the schema before 20260102000000_drop_note: the columns of public.t come back in another order: (id, note, extra) before, (id, extra, note) after (fix it, or add a "-- gen:irreversible: <reason>" line, then gen hash)',
      ]);
      writeFileSync(path.join(p.dir, '20260102000000_drop_note', 'down.sql'), '-- gen:irreversible: note comes back last\nALTER TABLE public.t ADD COLUMN note text;\n');
      p.hash();
      const s = await status({ cwd: p.cwd, all: true, checkDown: true });
      expect(s.findings.filter((f) => f.kind === 'down')).toEqual([]);
      expect(s.notes.filter((n) => n.kind === 'down').map((n) => n.message)).toEqual(['migrations/20260102000000_drop_note/down.sql is marked irreversible: note comes back last']);
      // Without the option, nothing is proven.
      expect((await status({ cwd: p.cwd, all: true })).notes.filter((n) => n.kind === 'down')).toEqual([]);
    } finally {
      await p.drop();
    }
  }, 60_000);

  it('the CLI: what would run, what ran, and a refusal with exit 1', async () => {
    const p = await project();
    try {
      p.write('20260101000000_a', A, A_DOWN);
      await deploy(p.o);
      const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'rollback', ...args, '--url', p.url], { cwd: p.cwd, encoding: 'utf8' });
      const dry = run('--dry-run');
      expect(dry.status).toBe(0);
      expect(dry.stdout).toContain('would roll back 1 migration on');
      expect(dry.stdout).toContain('20260101000000_a (migrations/20260101000000_a/down.sql)');
      const bad = run('--steps', '0');
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('--steps 0: expected a whole number from 1');
      const done = run();
      expect(done.status).toBe(0);
      expect(done.stdout).toMatch(/rolled back 20260101000000_a in \d+ ms\nrolled back 1 migration on .*: it is pending again \(gen deploy applies it\)/);
      const again = run();
      expect(again.stdout).toContain('nothing to roll back: no migration is applied to');
      // --json: one object per line, events as they come, then the result (deploy's the same).
      const lines = (r: { stdout: string }) =>
        r.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as Record<string, unknown>);
      const deployed = lines(spawnSync(process.execPath, [bin, 'deploy', '--json', '--url', p.url], { cwd: p.cwd, encoding: 'utf8' }));
      expect(deployed.map((l) => l['event'] ?? `ok: ${l['ok']}`)).toEqual(['unit', 'unit', 'applied', 'ok: true']);
      expect(deployed[0]).toMatchObject({ event: 'unit', migration: '20260101000000_a', unit: 1, units: 1, phase: 'start' });
      const json = lines(run('--json'));
      expect(json.map((l) => l['event'] ?? `ok: ${l['ok']}`)).toEqual(['unit', 'unit', 'rolled-back', 'ok: true']);
      expect(json.at(-1)).toMatchObject({ ok: true, outcome: 'rolled-back', migrations: [{ name: '20260101000000_a', dataLoss: [], irreversible: [] }] });
      const refused = run('--json', '--steps', '3');
      expect(refused.status).toBe(1);
      expect(lines(refused)).toEqual([{ ok: false, error: expect.objectContaining({ message: expect.stringContaining('--steps 3: only 0 migrations are applied') }) }]);
    } finally {
      await p.drop();
    }
  }, 60_000);
});
