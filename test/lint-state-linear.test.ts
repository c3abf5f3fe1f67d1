/** The lint pass looks created tables up by name instead of scanning every one per statement:
 * that scan made `gen lint` quadratic (an 8 MB migration: 26 s of CPU, 13x the 1 MB run). Counted
 * (reads of the recorded tables), not timed. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlParser, splitStatements } from '../src/sql/split.js';
import { initialState, isNewTable, observe } from '../src/sql/lint/state.js';

beforeAll(async () => {
  await loadSqlParser();
});

describe('lint state', () => {
  it('finds a created table reading O(1) recorded tables per lookup', () => {
    for (const n of [50, 2000]) {
      const sql = Array.from({ length: n }, (_, i) => `CREATE TABLE t${i} (id int); CREATE TABLE app.t${i} (id int);`).join('\n');
      const state = initialState();
      for (const s of splitStatements(sql)) observe(state, { ...s, unit: 0, inBlock: false, inTransaction: true } as never);
      let reads = 0;
      for (const [name, list] of state.tables) state.tables.set(name, list.map((r: object) => new Proxy(r, { get: (t, k, rec) => (reads++, Reflect.get(t, k, rec)) })) as never);
      for (let i = 0; i < n; i++) {
        expect(isNewTable(state, { name: `t${i}` })).toBe(true);
        expect(isNewTable(state, { name: `u${i}` })).toBe(false);
      }
      expect(reads).toBeLessThan(30 * n);
    }
  });
});
