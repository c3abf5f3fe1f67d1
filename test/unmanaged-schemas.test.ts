/** A schema that holds objects gen does not manage (foreign tables) is never dropped, even
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
        CREATE FOREIGN DATA WRAPPER gen_fdw; CREATE SERVER gen_srv FOREIGN DATA WRAPPER gen_fdw;
        CREATE SCHEMA reporting; CREATE FOREIGN TABLE reporting.remote (a int) SERVER gen_srv;
        CREATE SCHEMA code; CREATE FOREIGN TABLE code.feed (a int) SERVER gen_srv;
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
        expect(r.stdout).toContain('Not managed in the --from database (left alone, not compared): foreign data wrapper gen_fdw, foreign server gen_srv, foreign table code.feed, foreign table reporting.remote.');
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
        CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
        CREATE EVENT TRIGGER gen_case_note_ddl ON ddl_command_end EXECUTE FUNCTION note_ddl();
        CREATE PUBLICATION feed FOR TABLE audit;
        CREATE TABLE kept (n numeric);
        CREATE PUBLICATION kept_feed FOR TABLE kept;`);
      const { unmanaged } = await introspect(tmp.db);
      expect(unmanaged.find((u) => u.name === 'gen_case_note_ddl')?.dependsOn).toEqual([{ kind: 'function', schema: 'public', name: 'note_ddl()' }]);
      expect(unmanaged.find((u) => u.name === 'feed')?.dependsOn).toEqual([{ kind: 'table', schema: 'public', name: 'audit' }]);
      // The desired schema keeps t and kept, drops audit and the function.
      writeFileSync(path.join(dir, 'schema.dbml'), 'Table t {\n  id integer [pk]\n}\nTable kept {\n  n numeric\n}\n');
      const r = gen('diff', '--from-url', tmp.url, '--to-schema', 'schema.dbml');
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Warning: event trigger gen_case_note_ddl (not managed by gen) depends on function public.note_ddl(), which this migration drops or changes: PostgreSQL refuses the step while the event trigger uses it');
      expect(r.stdout).toContain('Warning: publication feed (not managed by gen) depends on table public.audit, which this migration drops or changes: PostgreSQL takes the table out of the publication');
      expect(r.stdout).not.toContain('Warning: publication kept_feed');
      // status (which also finds the database ahead of its empty history) warns the same.
      mkdirSync(path.join(dir, 'migrations'));
      const s = gen('status');
      expect(s.stderr).toBe('');
      expect(s.stdout).toContain('⚠ ');
      expect(s.stdout).toContain('event trigger gen_case_note_ddl (not managed by gen) depends on function public.note_ddl()');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await tmp.drop();
    }
  });
});
