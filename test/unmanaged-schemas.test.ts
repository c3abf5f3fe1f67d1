/** A schema that holds objects gen does not manage (a collation, an aggregate) is never dropped, even
 * when the desired state does not name it; an empty schema the desired state lacks is. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
