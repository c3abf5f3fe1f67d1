/** The sequence cases of the exactness harness (test/exactness/cases/seq-*) through gen's own
 * functions, on PostgreSQL 15 and on PGlite (18): both sides built and introspected, the up script
 * applied to `before` gives `after` and a second diff is empty; the down script gives `before`
 * back. (The harness compares pg_dump output through the CLI; this adds the down script.) */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import type { Queryable } from '../src/db/queryable.js';
import { diff } from '../src/diff/index.js';
import { migration } from '../src/plan/migration.js';
import { runScript } from '../src/sql/run.js';
import { comparable, resetDatabase, state } from './diff-cases.js';
import { tempQueryable } from './pg.js';
import { sample } from './sample.js';

const root = path.resolve(import.meta.dirname, 'exactness/cases');
const cases = sample(
  readdirSync(root)
    .filter((n) => n.startsWith('seq-'))
    .sort(),
  2,
);
const read = (c: string, f: string) => readFileSync(path.join(root, c, f), 'utf8');
// An empty side is the empty database.
const load = async (db: Queryable, c: string, f: string) => {
  const sql = read(c, f);
  if (sql.replace(/--.*$/gm, '').trim() !== '') await runScript(db, sql, `${c}/${f}`);
};

async function check(db: Queryable, name: string): Promise<void> {
  await resetDatabase(db);
  await load(db, name, 'after.sql');
  const want = await state(db);
  await resetDatabase(db);
  await load(db, name, 'before.sql');
  const before = await state(db);
  const m = migration(before, want, { title: name });
  if (name.endsWith('-noop') || name.includes('-noop-') || name.endsWith('-ignored')) expect(m.changes).toEqual([]);
  else expect(m.changes.length).toBeGreaterThan(0);
  await runScript(db, m.upSql, `${name}/up.sql`);
  const got = await state(db);
  expect(comparable(got)).toEqual(comparable(want));
  expect(diff(got, want)).toEqual([]);
  await runScript(db, m.downSql, `${name}/down.sql`);
  const back = await state(db);
  expect(comparable(back)).toEqual(comparable(before));
  expect(diff(back, before)).toEqual([]);
}

describe('sequence cases applied on postgres 15', () => {
  let db: Queryable;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await tempQueryable('gen_seq_apply'));
  });
  afterAll(async () => drop());
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));
  it.each(cases)('%s', async (name) => check(db, name));
});

describe('sequence cases applied on PGlite', () => {
  let db: Queryable;
  beforeAll(async () => {
    db = await connect('pglite:memory');
  });
  afterAll(async () => db.close());
  it.each(cases)('%s', async (name) => check(db, name));
});
