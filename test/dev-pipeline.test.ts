/** `gen dev` computes its migration once: on a 1,000-table schema, at most two diffs (up and down)
 * and two plans, whether it creates everything or changes one table; a schema with expressions
 * adds one build on the shadow database (one more diff and plan). Counted by wrapping the real
 * diff and plan functions; the databases are real (PostgreSQL 15). */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDatabase } from './pg.js';

const counts = { diff: 0, plan: 0 };
vi.mock('../src/diff/index.js', async (original) => {
  const actual = await original<typeof import('../src/diff/index.js')>();
  return { ...actual, diff: (...args: Parameters<typeof actual.diff>) => (counts.diff++, actual.diff(...args)) };
});
vi.mock('../src/plan/index.js', async (original) => {
  const actual = await original<typeof import('../src/plan/index.js')>();
  return {
    ...actual,
    plan: (...args: Parameters<typeof actual.plan>) => (counts.plan++, actual.plan(...args)),
    // planDown plans once, inside its own module (its diff is counted through the wrapper above).
    planDown: (...args: Parameters<typeof actual.planDown>) => (counts.plan++, actual.planDown(...args)),
  };
});
const { dev } = await import('../src/use-cases/dev.js');

function tables(n: number, extra = ''): string {
  const out = ['Enum status {\n  active\n  inactive\n}\n'];
  for (let i = 0; i < n; i++) {
    out.push(`Table t${i} {
  id bigint [pk, increment]
  name varchar(255) [not null, unique]
  status status [not null, default: 'active']
  created_at timestamptz [not null, default: \`now()\`]
${i > 0 ? `  parent_id bigint [ref: > t${Math.floor(i / 2)}.id]\n` : ''}${i === 0 ? extra : ''}}
`);
  }
  return out.join('\n');
}

describe('gen dev on 1,000 tables', () => {
  let dir: string;
  let db: Awaited<ReturnType<typeof tempDatabase>>;
  let url: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gen-dev-pipeline-'));
    mkdirSync(path.join(dir, 'migrations'));
    db = await tempDatabase('gen_dev_pipeline');
    url = `${process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432'}/${db.name}`;
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = async (schema: string, name: string) => {
    writeFileSync(path.join(dir, 'schema.dbml'), schema);
    counts.diff = 0;
    counts.plan = 0;
    const warnings: string[] = [];
    const r = await dev({ cwd: dir, url, name, acceptDataLoss: true, onEvent: (e) => e.kind === 'warning' && warnings.push(e.text) });
    expect(r.outcome).toBe('written');
    // The down script is proven on the shadow (PGlite) even at this size: a thousand tables
    // dropped in one transaction need a lock table larger than PostgreSQL's default.
    expect(warnings).toEqual([]);
    expect(r.outcome === 'written' && r.irreversible).toEqual([]);
    return { ...counts };
  };

  it('creates the schema with two diffs and two plans', async () => {
    expect(await run(tables(1000), 'init')).toEqual({ diff: 2, plan: 2 });
  }, 300_000);

  it('changes one table with two diffs and two plans (no replay: the recorded fingerprint matches)', async () => {
    expect(await run(tables(1000, '  note_text text\n'), 'add_column')).toEqual({ diff: 2, plan: 2 });
  }, 300_000);

  it('with a check (spelled by the server): one more diff and plan, for the build on the shadow database', async () => {
    expect(await run(tables(1000, '  note_text text\n  checks {\n    `length(note_text) < 100`\n  }\n'), 'add_check')).toEqual({ diff: 3, plan: 3 });
  }, 300_000);
});
