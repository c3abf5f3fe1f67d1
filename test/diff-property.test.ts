/** The acceptance property of docs/ARCHITECTURE.md §4 on random schema pairs (fast-check): build A, apply
 * the up script, introspect — equal to B built from empty; diff again — empty; apply the down
 * script — equal to A. PGlite: 300 pairs per run; PostgreSQL 15: 100 (a third in npm test). The seed is fixed (set
 * DIFF_SEED to explore) and fast-check prints it, with the failing pair, on failure. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import type { Queryable } from '../src/db/queryable.js';
import { diff } from '../src/diff/index.js';
import type { Schema } from '../src/model/types.js';
import { migration } from '../src/plan/migration.js';
import { runScript } from '../src/sql/run.js';
import { build, comparable, resetDatabase, state } from './diff-cases.js';
import { schemaPair } from './schema-arbitrary.js';
import { tempQueryable } from './pg.js';
import { testFull } from './sample.js';

const canon = comparable;
const seed = Number(process.env['DIFF_SEED'] ?? 20261121);
// A third of the full runs in npm test (test/sample.ts); DIFF_RUNS_* set them.
const runsPglite = Number(process.env['DIFF_RUNS_PGLITE'] ?? (testFull ? 300 : 100));
const runsPg = Number(process.env['DIFF_RUNS_PG'] ?? (testFull ? 100 : 40));

async function roundTrip(db: Queryable, a: Schema, b: Schema): Promise<void> {
  await resetDatabase(db);
  await build(db, b);
  const want = await state(db);
  await resetDatabase(db);
  await build(db, a);
  const before = await state(db);
  const m = migration(a, b);
  await runScript(db, m.upSql, 'up.sql');
  const got = await state(db);
  expect(canon(got)).toEqual(canon(want));
  expect(diff(got, want)).toEqual([]);
  await runScript(db, m.downSql, 'down.sql');
  expect(canon(await state(db))).toEqual(canon(before));
}

async function property(db: Queryable, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(schemaPair, async ([a, b]) => roundTrip(db, a, b)),
    { numRuns, seed, endOnFailure: true },
  );
}

describe('random schema pairs', () => {
  let pglite: Queryable;
  let pg: Queryable;
  let dropPg: () => Promise<void>;
  beforeAll(async () => {
    pglite = await connect('pglite:memory');
    ({ db: pg, drop: dropPg } = await tempQueryable('gen_prop'));
  });
  afterAll(async () => {
    await pglite.close();
    await dropPg();
  });
  it(`${runsPglite} pairs on PGlite`, async () => property(pglite, runsPglite), 600_000);
  it(`${runsPg} pairs on PostgreSQL 15`, async () => property(pg, runsPg), 600_000);
});
