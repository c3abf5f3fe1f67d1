/** Real schemas (issue 23): a pagila-like and a Supabase-style schema written into
 * fixtures/schemas-real/NAME/schema.sql. Each is loaded into a database A on PostgreSQL 15 and
 * pulled into DBML + SQL; a second pull gives the same bytes and a diff from A to the pull is
 * empty. Then an empty database B is migrated to the pull (the same pg_dump as A, a re-diff
 * empty) and back to empty (no user objects left). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diff } from '../src/use-cases/diff.js';
import { pull } from '../src/use-cases/pull.js';
import { dumpTables, normaliseDump } from './exactness/harness.js';
import { tempDatabase } from './pg.js';

const server = process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432';
const fixtures = path.resolve(import.meta.dirname, '../fixtures/schemas-real');
const names = readdirSync(fixtures).sort();

/** Known gen limits, each excluded as narrowly as the comparison allows: */
/** - publications are not managed (`gen pull` and `gen diff` list them), so B never gets one:
 *   its lines are left out of A's dump. */
const unlisted: Record<string, RegExp> = { supabase: /^(CREATE|ALTER) PUBLICATION supabase_realtime\b/ };
/** Runs a script with psql; its stderr when it fails. */
function tryPsql(url: string, sql: string): string | undefined {
  const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', '-'], { input: sql, encoding: 'utf8' });
  return r.status === 0 ? undefined : r.stderr;
}

function psql(url: string, sql: string): void {
  const failed = tryPsql(url, sql);
  if (failed !== undefined) throw new Error(`psql failed on ${url}: ${failed}`);
}

function dump(url: string): string {
  const r = spawnSync('pg_dump', ['--schema-only', '--no-owner', '--no-privileges', '-d', url], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pg_dump failed: ${r.stderr}`);
  return r.stdout;
}

/** What a database holds outside the system schemas: schemas, extensions, relations, functions,
 * types (each as a label); empty for an empty database. */
async function userObjects(client: { query: (sql: string) => Promise<{ rows: { o: string }[] }> }): Promise<string[]> {
  const system = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg\\_%'";
  const r = await client.query(`
    SELECT 'schema ' || nspname AS o FROM pg_namespace n WHERE ${system} AND nspname <> 'public'
    UNION ALL SELECT 'extension ' || extname FROM pg_extension WHERE extname <> 'plpgsql'
    UNION ALL SELECT 'relation ' || n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${system}
    UNION ALL SELECT 'function ' || n.nspname || '.' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${system}
    UNION ALL SELECT 'type ' || n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${system}
    UNION ALL SELECT 'policy ' || polname FROM pg_policy
    UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal
    ORDER BY 1`);
  return r.rows.map((x) => x.o);
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('real schemas: pull to a fixpoint, migrate empty → schema → empty', () => {
  it('has the pagila-like and Supabase-style fixtures', () => expect(names).toEqual(['pagila', 'supabase']));

  it.each(names)(
    '%s',
    async (name) => {
      const a = await tempDatabase(`gen_real_a_${name}`);
      const b = await tempDatabase(`gen_real_b_${name}`);
      const urlA = `${server}/${a.name}`;
      const urlB = `${server}/${b.name}`;
      const dir = mkdtempSync(path.join(tmpdir(), `gen-real-${name}-`));
      dirs.push(dir);
      for (const sub of ['one', 'two']) mkdirSync(path.join(dir, sub));
      try {
        psql(urlA, readFileSync(path.join(fixtures, name, 'schema.sql'), 'utf8'));

        // Pull twice, into two folders: the same bytes.
        const files = (sub: string) => ['schema.dbml', 'schema.sql'].map((f) => readFileSync(path.join(dir, sub, f), 'utf8'));
        const first = await pull({ url: urlA, out: path.join(dir, 'one', 'schema.dbml') });
        expect(first.outcome).toBe('written');
        await pull({ url: urlA, out: path.join(dir, 'two', 'schema.dbml') });
        const pulled = files('one');
        expect(files('two')).toEqual(pulled);
        const schema = path.join(dir, 'one', 'schema.dbml');

        // A → the pull: nothing to do.
        const same = await diff({ from: { kind: 'url', url: urlA }, to: { kind: 'schema', file: schema } });
        expect(same.changes, same.script).toEqual([]);

        // Empty B → the pull: applied, B dumps as A does, and a re-diff is empty.
        const up = await diff({ from: { kind: 'url', url: urlB }, to: { kind: 'schema', file: schema } });
        expect(up.changes.length).toBeGreaterThan(0);
        psql(urlB, up.script);
        const skip = unlisted[name];
        const dumpA = skip
          ? dump(urlA)
              .split('\n')
              .filter((l) => !skip.test(l))
              .join('\n')
          : dump(urlA);
        const dumpB = dump(urlB);
        // Column lines are compared in order for every table (none is sorted).
        expect(normaliseDump(dumpB, new Set(dumpTables(dumpB)))).toBe(normaliseDump(dumpA, new Set(dumpTables(dumpB))));
        const again = await diff({ from: { kind: 'url', url: urlB }, to: { kind: 'schema', file: schema } });
        expect(again.changes, again.script).toEqual([]);

        // B → empty: no user objects left.
        const down = await diff({ from: { kind: 'url', url: urlB }, to: { kind: 'empty' } });
        const failed = tryPsql(urlB, down.script);
        expect(failed).toBeUndefined();
        expect(await userObjects(b.client)).toEqual([]);
        expect(normaliseDump(dump(urlB), new Set())).toBe('\n');
        const empty = await diff({ from: { kind: 'url', url: urlB }, to: { kind: 'empty' } });
        expect(empty.changes).toEqual([]);
      } finally {
        await a.drop();
        await b.drop();
      }
    },
    300_000,
  );
});
