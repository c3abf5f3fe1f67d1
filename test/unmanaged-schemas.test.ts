/** A schema that holds objects gen does not manage (a collation, an aggregate) is never dropped, even
 * when the desired state does not name it; an empty schema the desired state lacks is. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { introspect } from '../src/introspect/index.js';
import { diff } from '../src/diff/index.js';
import { parse } from '../src/dbml/index.js';
import { tempQueryable } from './pg.js';

describe('schemas holding unmanaged objects', () => {
  it('are kept; empty schemas are dropped', async () => {
    const tmp = await tempQueryable('gen_held_schemas');
    try {
      await tmp.db.exec(`
        CREATE TABLE t (id int PRIMARY KEY);
        CREATE SCHEMA reporting; CREATE COLLATION reporting.c FROM "C";
        CREATE SCHEMA code; CREATE AGGREGATE code.total(int) (SFUNC = int4pl, STYPE = int);
        CREATE SCHEMA lonely;`);
      const live = (await introspect(tmp.db)).schema;
      expect(live.schemasWithUnmanaged).toEqual(['code', 'reporting']);
      const desired = parse('Table t {\n  id integer [pk]\n}\n').schema!;
      expect(diff(live, desired)).toEqual([{ kind: 'DropSchema', name: 'lonely' }]);
      // gen diff names what it leaves alone.
      const dir = mkdtempSync(path.join(tmpdir(), 'gen-held-'));
      try {
        writeFileSync(path.join(dir, 'schema.dbml'), 'Table t {\n  id integer [pk]\n}\n');
        const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../bin/gen.js'), 'diff', '--from-url', tmp.url, '--to-schema', path.join(dir, 'schema.dbml')], { encoding: 'utf8' });
        expect(r.stderr).toBe('');
        expect(r.stdout).toContain('  - schema lonely');
        expect(r.stdout).toContain('Not managed in the --from database (left alone, not compared): aggregate code.total(integer), collation reporting.c.');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      // Declaring the schema too is no change.
      expect(diff(live, { ...desired, schemas: [...desired.schemas, 'code', 'reporting'] }).map((c) => c.kind)).toEqual(['DropSchema']);
    } finally {
      await tmp.drop();
    }
  });
});

describe('unmanaged objects a migration would break', () => {
  it('are named by gen diff and gen status', async () => {
    const tmp = await tempQueryable('gen_broken_unmanaged');
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-broken-'));
    const gen = (...args: string[]) => spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../bin/gen.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: tmp.url } });
    try {
      await tmp.db.exec(`
        CREATE TABLE t (id int PRIMARY KEY);
        CREATE TABLE audit (id int PRIMARY KEY, at date);
        CREATE FUNCTION add_one(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
        CREATE AGGREGATE total(int) (SFUNC = add_one, STYPE = int);
        CREATE PUBLICATION feed FOR TABLE audit;
        CREATE TABLE kept (n numeric);
        CREATE AGGREGATE sum_kept(numeric) (SFUNC = numeric_add, STYPE = numeric);`);
      const { unmanaged } = await introspect(tmp.db);
      expect(unmanaged.find((u) => u.name === 'total(integer)')?.dependsOn).toEqual([{ kind: 'function', schema: 'public', name: 'add_one(integer, integer)' }]);
      expect(unmanaged.find((u) => u.name === 'feed')?.dependsOn).toEqual([{ kind: 'table', schema: 'public', name: 'audit' }]);
      // The desired schema keeps t and kept, drops audit and the function.
      writeFileSync(path.join(dir, 'schema.dbml'), 'Table t {\n  id integer [pk]\n}\nTable kept {\n  n numeric\n}\n');
      const r = gen('diff', '--from-url', tmp.url, '--to-schema', 'schema.dbml');
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(
        'Warning: aggregate public.total(integer) (not managed by gen) depends on function public.add_one(integer, integer), which this migration drops or changes: PostgreSQL refuses the step while the aggregate uses it',
      );
      expect(r.stdout).toContain('Warning: publication feed (not managed by gen) depends on table public.audit, which this migration drops or changes: PostgreSQL takes the table out of the publication');
      expect(r.stdout).not.toContain('Warning: aggregate public.sum_kept');
      // status (which also finds the database ahead of its empty history) warns the same.
      mkdirSync(path.join(dir, 'migrations'));
      const s = gen('status');
      expect(s.stderr).toBe('');
      expect(s.stdout).toContain('⚠ ');
      expect(s.stdout).toContain('aggregate public.total(integer) (not managed by gen) depends on function public.add_one(integer, integer)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await tmp.drop();
    }
  });
});
