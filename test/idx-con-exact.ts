/** The idx-* and con-* exactness cases (test/exactness/cases: before.sql, after.sql) checked
 * through gen's own model, both directions: build each side, plan the migration, apply the up
 * script (the result introspects as the target, and a second diff is empty), then the down
 * script (back to the start). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Queryable } from '../src/db/queryable.js';
import { diff } from '../src/diff/index.js';
import { migration } from '../src/plan/migration.js';
import { runScript } from '../src/sql/run.js';
import { comparable, state } from './diff-cases.js';

/** A fresh database (each side of a case gets its own: extensions do not survive a wipe). */
export type FreshDatabase = () => Promise<{ db: Queryable; drop: () => Promise<void> }>;

export const exactRoot = path.resolve(import.meta.dirname, 'exactness/cases');

/** The case folders this file checks, sorted. */
export function idxConCases(): string[] {
  return readdirSync(exactRoot)
    .filter((n) => /^(idx|con)-/.test(n))
    .sort();
}

/** Checks one case in one direction; false when a side does not load on this server (a feature
 * newer than the server, such as NULLS NOT DISTINCT on PostgreSQL 13). */
export async function checkExactCase(fresh: FreshDatabase, name: string, reverse: boolean): Promise<boolean> {
  const read = (f: string) => readFileSync(path.join(exactRoot, name, f), 'utf8');
  const [fromSql, toSql] = reverse ? [read('after.sql'), read('before.sql')] : [read('before.sql'), read('after.sql')];
  const target = await fresh();
  let want: Awaited<ReturnType<typeof state>>;
  try {
    await runScript(target.db, toSql, `${name}/target`);
    want = await state(target.db);
  } catch {
    return false;
  } finally {
    await target.drop();
  }
  const { db, drop } = await fresh();
  try {
    await runScript(db, fromSql, `${name}/source`);
    const before = await state(db);
    const m = migration(before, want, { title: name });
    await runScript(db, m.upSql, `${name}/up.sql`);
    const got = await state(db);
    expect(comparable(got)).toEqual(comparable(want));
    expect(diff(got, want)).toEqual([]);
    await runScript(db, m.downSql, `${name}/down.sql`);
    const back = await state(db);
    expect(comparable(back)).toEqual(comparable(before));
    expect(diff(back, before)).toEqual([]);
  } finally {
    await drop();
  }
  return true;
}
