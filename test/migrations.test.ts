/** The migrations core: units of execution, gen.sum, and applying with a history on PGlite. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { applyBatch, applyMigration, prepareMigration, transientReason, UnitFailure } from '../src/migrations/apply.js';
import { decideDeploy } from '../src/migrations/deploy.js';
import type { HistoryRow } from '../src/migrations/history.js';
import { checksum } from '../src/migrations/sum.js';
import { unitsOf } from '../src/sql/units.js';
import { readMigrations } from '../src/migrations/dir.js';
import { ensureHistory, historyRows } from '../src/migrations/history.js';
import { sumProblems, sumText } from '../src/migrations/sum.js';
import { ScriptError } from '../src/sql/run.js';
import { loadSqlParser, splitStatements } from '../src/sql/split.js';

beforeAll(async () => loadSqlParser());

describe('unitsOf', () => {
  it('keeps explicit blocks, runs CONCURRENTLY and SET alone, groups the rest', () => {
    const sql = "SET lock_timeout = '5s';\nBEGIN;\nCREATE TABLE a (x int);\nCREATE TABLE b (y int);\nCOMMIT;\nCREATE INDEX CONCURRENTLY a_x ON a (x);\nALTER TABLE a ADD COLUMN z int;\nALTER TABLE b ADD COLUMN z int;\n";
    const units = unitsOf(splitStatements(sql)).map((u) => [u.wrap, u.statements.map((s) => s.text.split(' ').slice(0, 3).join(' '))]);
    expect(units).toEqual([
      [false, ['SET lock_timeout =']],
      [true, ['CREATE TABLE a', 'CREATE TABLE b']],
      [false, ['CREATE INDEX CONCURRENTLY']],
      [true, ['ALTER TABLE a', 'ALTER TABLE b']],
    ]);
  });
});

describe('gen.sum', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-sum-'));
  const add = (name: string, sql: string) => {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  };
  it('matches the files, and names an edit, a missing folder and conflict markers', () => {
    add('20260101000000_a', 'CREATE TABLE a (x int);\n');
    add('20260102000000_b', 'CREATE TABLE b (x int);\n');
    writeFileSync(path.join(dir, 'gen.sum'), sumText(readMigrations(dir)));
    expect(sumProblems(dir, readMigrations(dir))).toEqual([]);
    add('20260102000000_b', 'CREATE TABLE b (x bigint);\n');
    expect(sumProblems(dir, readMigrations(dir))).toEqual(['20260102000000_b/migration.sql was edited after gen.sum was written']);
    expect(sumProblems(dir, readMigrations(dir).slice(0, 1))).toContain('20260102000000_b is in gen.sum but its folder is gone');
    writeFileSync(path.join(dir, 'gen.sum'), '<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> other\n');
    expect(sumProblems(dir, readMigrations(dir))[0]).toContain('merge conflict markers');
  });
});

describe('applyMigration on PGlite', () => {
  it('runs CONCURRENTLY between transactional statements; a failure leaves a failed row naming file:line:col', async () => {
    const db = await connect('pglite:memory');
    try {
      await ensureHistory(db);
      const ok = { name: '20260101000000_ok', file: 'migrations/20260101000000_ok/migration.sql', sql: 'CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY t_a ON t (a);\nALTER TABLE t ADD COLUMN b int;\n' };
      await applyMigration(db, ok, 'test');
      const bad = { name: '20260102000000_bad', file: 'migrations/20260102000000_bad/migration.sql', sql: 'ALTER TABLE t ADD COLUMN c int;\n\n  ALTER TABLE nope ADD COLUMN d int;\n' };
      const err = await applyMigration(db, bad, 'test').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ScriptError);
      expect((err as ScriptError).message).toContain('migrations/20260102000000_bad/migration.sql:3:3: relation "nope" does not exist');
      const rows = await historyRows(db);
      expect(rows.map((r) => [r.name, r.finished_at !== null, r.applied_statements, r.total_statements])).toEqual([
        ['20260101000000_ok', true, 3, 3],
        ['20260102000000_bad', false, 0, 2],
      ]);
      expect(rows[1]!.logs).toContain('relation "nope" does not exist');
      expect(rows[0]!.schema_hash).toMatch(/^[0-9a-f]{64}$/);
      // PostgreSQL's hint is kept; the statement is named once, by file:line:col.
      const hinted = await applyMigration(db, { name: '20260103000000_hint', file: 'm/hint.sql', sql: 'SELECT no_such_function(1);\n' }, 'test').catch((e: unknown) => e);
      expect((hinted as Error).message).toContain('m/hint.sql:1:1: function no_such_function(integer) does not exist\n  hint: No function matches the given name and argument types.');
      expect((hinted as Error).message.match(/in: /g)?.length).toBe(1);
      // The failed unit rolled back: column c is not there.
      expect(await db.query("SELECT 1 FROM information_schema.columns WHERE table_name = 't' AND column_name = 'c'")).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe('applyBatch on PGlite', () => {
  it('splits the next migration while one runs, yet reports a syntax error only after the migrations before it are applied', async () => {
    const db = await connect('pglite:memory');
    try {
      await ensureHistory(db);
      const m = (n: number, sql: string) => ({ file: { name: `2026010${n}000000_m${n}`, file: `migrations/m${n}.sql`, sql } });
      const heard: string[] = [];
      const err = await applyBatch(db, [m(1, 'CREATE TABLE a (x int);\n'), m(2, 'CREATE TABLE b (x int);\n'), m(3, 'CREATE TABLE c (x int);\nCREATE TABLE (;\n'), m(4, 'CREATE TABLE d (x int);\n')], 'test', (item) =>
        heard.push(item.file.name),
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ScriptError);
      expect((err as ScriptError).message).toMatch(/^migrations\/m3\.sql:2:14: syntax error/);
      expect(heard).toEqual(['20260101000000_m1', '20260102000000_m2']);
      const rows = await historyRows(db);
      expect(rows.map((r) => [r.name, r.finished_at !== null])).toEqual([
        ['20260101000000_m1', true],
        ['20260102000000_m2', true],
      ]);
      // Nothing of the migration that did not parse ran.
      expect(await db.query("SELECT relname FROM pg_class WHERE relname IN ('a', 'b', 'c', 'd') ORDER BY 1")).toEqual([{ relname: 'a' }, { relname: 'b' }]);
    } finally {
      await db.close();
    }
  });
});

describe('transientReason', () => {
  it.each([
    ['55P03', 'canceling statement due to lock timeout', 'lock timeout'],
    ['40P01', 'deadlock detected', 'deadlock'],
    ['40001', 'could not serialize access', 'serialization failure'],
    ['08006', 'connection failure', 'lost connection'],
    ['57P01', 'terminating connection due to administrator command', 'lost connection'],
    ['ECONNRESET', 'read ECONNRESET', 'lost connection'],
    [undefined, 'Connection terminated unexpectedly', 'lost connection'],
    ['23505', 'duplicate key value violates unique constraint', undefined],
    ['42P01', 'relation "nope" does not exist', undefined],
    ['57014', 'canceling statement due to statement timeout', undefined],
  ])('%s %s', (code, message, want) => {
    expect(transientReason(code, message)).toBe(want);
  });
});

describe('decideDeploy', () => {
  const file = (name: string, sql: string) => ({ name, file: `migrations/${name}/migration.sql`, sql });
  const two = (second: string) => `BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nBEGIN;\n${second}\nCOMMIT;\n`;
  const f1 = file('20260101000000_a', two('ALTER TABLE a ADD COLUMN b int;'));
  let id = 0;
  const row = (over: Partial<HistoryRow>, f = f1): HistoryRow => ({
    id: ++id,
    name: f.name,
    checksum: checksum(f.sql),
    finished_at: null,
    applied_statements: 0,
    total_statements: 2,
    logs: null,
    rolled_back_at: null,
    schema_hash: null,
    unit_checksums: prepareMigration(f).unitSums,
    failure: null,
    ...over,
  });
  const unitsOf = prepareMigration;
  it('resumes a rolled-back or transient failure at the failed unit in a new row, an interrupted one in its own row', () => {
    for (const failure of ['rolled-back', 'transient'] as const) {
      const d = decideDeploy([f1], [row({ applied_statements: 1, logs: 'x', failure })], { unitsOf });
      expect(d.problems).toEqual([]);
      expect(d.pending[0]!.resume).toEqual({ applied: 1, unit: 2, units: 2 });
    }
    const r = row({ applied_statements: 1 });
    expect(decideDeploy([f1], [r], { unitsOf }).pending[0]!.resume).toEqual({ id: r.id, applied: 1, unit: 2, units: 2 });
  });
  it('refuses a partial failure (and a failed row of an older gen) until resolved, naming the command', () => {
    for (const failure of ['partial', null] as const) {
      const d = decideDeploy([f1], [row({ applied_statements: 1, logs: `boom\n  then run gen resolve --rolled-back ${f1.name} and gen deploy`, failure })], { unitsOf });
      expect(d.pending).toEqual([]);
      expect(d.problems.join('\n')).toContain(`gen resolve --rolled-back ${f1.name}`);
    }
    const resolved = decideDeploy([f1], [row({ applied_statements: 1, logs: 'boom', failure: 'partial' }), row({ applied_statements: 1, rolled_back_at: 'now' })], { unitsOf });
    expect(resolved.problems).toEqual([]);
    expect(resolved.pending[0]!.resume).toEqual({ applied: 1, unit: 2, units: 2 });
  });
  it('lets the units that have not run change, never a committed one', () => {
    const failed = row({ applied_statements: 1, logs: 'x', failure: 'rolled-back' });
    const later = file(f1.name, two('ALTER TABLE a ADD COLUMN c int;'));
    expect(decideDeploy([later], [failed], { unitsOf }).pending[0]!.resume).toEqual({ applied: 1, unit: 2, units: 2 });
    const earlier = file(f1.name, two('ALTER TABLE a ADD COLUMN b int;').replace('(id int)', '(id bigint)'));
    expect(decideDeploy([earlier], [failed], { unitsOf }).problems).toEqual([
      `${f1.name}/migration.sql:2:1: unit 1, already committed, was edited since; restore it (only units that have not run may change) or put the change in a new migration`,
    ]);
    // A comment is not an edit.
    const commented = file(f1.name, `-- note\n${f1.sql}`);
    expect(decideDeploy([commented], [failed], { unitsOf }).problems).toEqual([]);
    // A row of an older gen (no unit checksums): only the unchanged file resumes.
    const old = row({ applied_statements: 1, logs: 'x', failure: 'rolled-back', unit_checksums: null });
    expect(decideDeploy([f1], [old], { unitsOf }).problems).toEqual([]);
    expect(decideDeploy([later], [old], { unitsOf }).problems[0]).toContain('unit 1, already committed, was edited since');
  });
  it('runs a failure that committed nothing again from the start, whatever the file became', () => {
    const d = decideDeploy([file(f1.name, 'CREATE TABLE z (id int);\n')], [row({ logs: 'x', failure: 'rolled-back' })], { unitsOf });
    expect(d.problems).toEqual([]);
    expect(d.pending[0]!.resume).toBeUndefined();
    expect(d.pending[0]!.previous?.state).toBe('rolled-back');
  });
});

describe('applyMigration retries on PGlite', () => {
  it('classifies a failure by its unit: rolled back as a whole, or partial outside a transaction', async () => {
    const db = await connect('pglite:memory');
    try {
      await ensureHistory(db);
      const m = { name: '20260101000000_m', file: 'migrations/m.sql', sql: 'CREATE TABLE a (x int);\nINSERT INTO a VALUES (1), (1);\nCREATE UNIQUE INDEX CONCURRENTLY a_x ON a (x);\n' };
      const err = await applyMigration(db, m, 'test').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnitFailure);
      expect((err as UnitFailure).failure).toBe('partial');
      expect((err as UnitFailure).message).toContain('gen resolve --rolled-back 20260101000000_m');
      const n = { name: '20260102000000_n', file: 'migrations/n.sql', sql: 'CREATE TABLE b (x int);\nALTER TABLE nope ADD COLUMN y int;\n' };
      const err2 = await applyMigration(db, n, 'test').catch((e: unknown) => e);
      expect((err2 as UnitFailure).failure).toBe('rolled-back');
      const rows = await historyRows(db);
      expect(rows.map((r) => [r.name, r.applied_statements, r.failure])).toEqual([
        ['20260101000000_m', 2, 'partial'],
        ['20260102000000_n', 0, 'rolled-back'],
      ]);
    } finally {
      await db.close();
    }
  });
});
