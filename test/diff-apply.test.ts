/** The acceptance property of docs/ARCHITECTURE.md §4 on every golden diff case, on PostgreSQL 15 and PGlite:
 * build `from` (plus the case's seed rows), apply the up script, introspect — equal to `to` built
 * from empty; diff again — empty; apply the down script — equal to `from`. Both sides are
 * compared as the server prints them, so expression spelling is the server's, not ours. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import type { Queryable } from '../src/db/queryable.js';
import { diff } from '../src/diff/index.js';
import type { Schema } from '../src/model/types.js';
import { runScript } from '../src/sql/run.js';
import { build, comparable, diffCase, diffCases, diffRoot, resetDatabase, sqlDiffCases, state } from './diff-cases.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migration } from '../src/plan/migration.js';
import { tempDatabase } from './pg.js';

const cases = diffCases();
const sqlCases = sqlDiffCases();
const canon = comparable;

/** A case whose sides are SQL: each side is built and introspected; the up script is golden
 * (expected.sql, written from PostgreSQL 15 when missing or with UPDATE_GOLDEN=1). */
async function checkSqlCase(db: Queryable, name: string, writeGolden: boolean): Promise<void> {
  const dir = path.join(diffRoot, name);
  await resetDatabase(db);
  await runScript(db, readFileSync(path.join(dir, 'to.sql'), 'utf8'), `${name}/to.sql`);
  const want = await state(db);
  await resetDatabase(db);
  await runScript(db, readFileSync(path.join(dir, 'from.sql'), 'utf8'), `${name}/from.sql`);
  const before = await state(db);
  const m = migration(before, want, { title: name });
  const file = path.join(dir, 'expected.sql');
  if (writeGolden && (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file))) writeFileSync(file, m.upSql);
  expect(m.upSql).toEqual(readFileSync(file, 'utf8'));
  await runScript(db, m.upSql, `${name}/expected.sql`);
  const got = await state(db);
  expect(canon(got)).toEqual(canon(want));
  expect(diff(got, want)).toEqual([]);
  await runScript(db, m.downSql, `${name}/down.sql`);
  // A down script never turns a validated constraint back into NOT VALID.
  const validated = (x: Schema): Schema => ({ ...x, tables: x.tables.map((t) => ({ ...t, checks: t.checks.map((c) => ({ ...c, notValid: undefined })), foreignKeys: t.foreignKeys.map((f) => ({ ...f, notValid: undefined })) })) });
  expect(canon(validated(await state(db)))).toEqual(canon(validated(before)));
}

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
  it.each(sqlCases)('%s', async (name) => checkSqlCase(db, name, true));
});

describe('diff cases applied on PGlite', () => {
  let db: Queryable;
  beforeAll(async () => {
    db = await connect('pglite:memory');
  });
  afterAll(async () => db.close());
  it.each(cases)('%s', async (name) => checkCase(db, name));
  it.each(sqlCases)('%s', async (name) => checkSqlCase(db, name, false));
});

function tempAdmin(): Promise<Queryable> {
  return connect('postgres://postgres@127.0.0.1:5432/postgres');
}
