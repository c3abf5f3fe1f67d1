/** The acceptance property of DESIGN §4 on every golden diff case, on PostgreSQL 15 and PGlite:
 * build `from` (plus the case's seed rows), apply the up script, introspect — equal to `to` built
 * from empty; diff again — empty; apply the down script — equal to `from`. Both sides are
 * compared as the server prints them, so expression spelling is the server's, not ours. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../dist/db/connect.js';
import type { Queryable } from '../dist/db/queryable.js';
import { diff } from '../dist/diff/index.js';
import type { Schema } from '../dist/model/types.js';
import { runScript } from '../dist/sql/run.js';
import { build, comparable, diffCase, diffCases, resetDatabase, state } from './diff-cases.js';
import { tempDatabase } from './pg.js';

const cases = diffCases();
const canon = comparable;

async function checkCase(db: Queryable, name: string): Promise<void> {
  const c = diffCase(name);
  await resetDatabase(db);
  await build(db, c.to);
  const want = await state(db);
  await resetDatabase(db);
  await build(db, c.from);
  const before = await state(db);
  if (c.seed) await runScript(db, c.seed, `${name}/seed.sql`);
  await runScript(db, c.upSql, `${name}/expected.sql`);
  const got = await state(db);
  expect(canon(got)).toEqual(canon(want));
  expect(diff(got, want)).toEqual([]);
  await runScript(db, c.downSql, `${name}/down.sql`);
  expect(canon(await state(db))).toEqual(canon(before));
}

describe('diff cases applied on postgres 15', () => {
  let db: Queryable;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const tmp = await tempDatabase('gen_diff');
    await tmp.client.end();
    db = await connect(`postgres://postgres@127.0.0.1:5432/${tmp.name}`);
    drop = async () => {
      await db.close();
      const admin = await tempAdmin();
      await admin.exec(`DROP DATABASE IF EXISTS ${tmp.name}`);
      await admin.close();
    };
  });
  afterAll(async () => drop());
  it.each(cases)('%s', async (name) => checkCase(db, name));
});

describe('diff cases applied on PGlite', () => {
  let db: Queryable;
  beforeAll(async () => {
    db = await connect('pglite:memory');
  });
  afterAll(async () => db.close());
  it.each(cases)('%s', async (name) => checkCase(db, name));
});

function tempAdmin(): Promise<Queryable> {
  return connect('postgres://postgres@127.0.0.1:5432/postgres');
}
