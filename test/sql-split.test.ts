/** The statement splitter: positions (lines and columns in characters, after leading comments),
 * transaction classification, syntax errors with a position, and linear time on big scripts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { SqlSyntaxError, loadSqlParser, splitStatements, withBaselineWasm } from '../src/sql/split.js';

beforeAll(async () => loadSqlParser());

describe('splitStatements', () => {
  it('gives each statement its text, line and column', () => {
    const sql = 'SET a = 1;\n-- héllo wörld\n  CREATE TABLE "é" (a int);\n/* x */ SELECT 1;\nSELECT $$;$$; SELECT 2';
    expect(splitStatements(sql).map((s) => [s.line, s.column, s.text])).toEqual([
      [1, 1, 'SET a = 1'],
      [3, 3, 'CREATE TABLE "é" (a int)'],
      [4, 9, 'SELECT 1'],
      [5, 1, 'SELECT $$;$$'],
      [5, 15, 'SELECT 2'],
    ]);
  });
  it.each([
    ['CREATE INDEX CONCURRENTLY i ON t (a)', false],
    ['CREATE INDEX i ON t (a)', true],
    ['DROP INDEX CONCURRENTLY i', false],
    ['DROP INDEX i', true],
    ['REINDEX INDEX CONCURRENTLY i', false],
    ['VACUUM t', false],
    ['ALTER TABLE t ADD COLUMN b int', true],
  ])('%s: transactional %s', (sql, transactional) => {
    expect(splitStatements(sql)[0]!.transactional).toBe(transactional);
  });
  it('reports a syntax error with its line and column', () => {
    try {
      splitStatements('SELECT 1;\n  SELEC 2;');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SqlSyntaxError);
      expect([(e as SqlSyntaxError).line, (e as SqlSyntaxError).column]).toEqual([2, 3]);
    }
  });
  it('splits 20,000 statements (a 1.5 MB script) in one pass', () => {
    const sql = Array.from({ length: 20_000 }, (_, i) => `-- ünïcode ${i}\nCREATE TABLE t${i} (a int, b text DEFAULT 'x;y');`).join('\n');
    const out = splitStatements(sql);
    expect(out.length).toBe(20_000);
    expect(out[19_999]).toMatchObject({ line: 40_000, column: 1, text: "CREATE TABLE t19999 (a int, b text DEFAULT 'x;y')" });
  });
});

describe('loading libpg_query', () => {
  it('compiles it baseline-only and restores the flag afterwards, also when loading fails', async () => {
    const calls: string[] = [];
    const set = (f: string) => calls.push(f);
    await expect(
      withBaselineWasm(
        async () => {
          calls.push('load');
          return 1;
        },
        [],
        set,
      ),
    ).resolves.toBe(1);
    expect(calls).toEqual(['--liftoff-only', 'load', '--no-liftoff-only']);
    calls.length = 0;
    await expect(
      withBaselineWasm(
        async () => {
          calls.push('load');
          throw new Error('no wasm');
        },
        [],
        set,
      ),
    ).rejects.toThrow('no wasm');
    expect(calls).toEqual(['--liftoff-only', 'load', '--no-liftoff-only']);
  });

  it('leaves a Liftoff setting the user chose alone', async () => {
    const calls: string[] = [];
    await withBaselineWasm(
      async () => {
        calls.push('load');
      },
      ['--max-old-space-size=100 --liftoff-only'],
      (f) => calls.push(f),
    );
    expect(calls).toEqual(['load']);
  });
});
