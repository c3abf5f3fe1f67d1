/** What `gen validate` accepts, PostgreSQL accepts (issue 19, class 9). A differential test:
 * DBML inputs — the corpus, token mutations of it aimed at PostgreSQL's rules (names at and over
 * 63 bytes, system columns, names copied onto other names, defaults of the wrong kind, hash
 * indexes, ...), and generated schemas printed as DBML and mutated — are parsed; whenever the
 * parse is clean, gen's script from empty (`gen diff --from-empty --to-schema` builds it the same
 * way) must apply on PostgreSQL 15. Bounded and seeded: GEN_VALIDATE_CASES sets the number of
 * mutated inputs per property (default 150), GEN_VALIDATE_SEED the seed (printed on failure).
 *
 * What validate cannot know is excused and counted: a type that is not built in (an extension's
 * or another database's, like `NUMBER`), and any failure in a statement that holds a raw SQL
 * expression (a backtick default, check or index part), which gen passes through unread. */
import { readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lift } from '../src/dbml/print/lift.js';
import { type ParseResult, parse } from '../src/dbml/index.js';
import { printDocument } from '../src/dbml/print/print.js';
import { canonicalExpression } from '../src/model/normalize.js';
import { EMPTY_SCHEMA, migration } from '../src/plan/migration.js';
import { loadSqlParser, splitStatements } from '../src/sql/split.js';
import { corpusUnits } from './corpus-helpers.js';
import { applyMutations, mutation } from './mutate.js';
import { tempDatabase } from './pg.js';
import { genSchema } from './schema-arbitrary.js';

const CASES = Number(process.env['GEN_VALIDATE_CASES'] ?? 150);
const SEED = Number(process.env['GEN_VALIDATE_SEED'] ?? 1919);
// fast-check's replay path of a failure (with its seed), to rerun just that input.
const PATH = process.env['GEN_VALIDATE_PATH'];

let db: { client: pg.Client; drop: () => Promise<void> };
let builtinTypes: Set<string>;
beforeAll(async () => {
  db = await tempDatabase('gen_valpg');
  await loadSqlParser();
  const { rows } = await db.client.query<{ n: string }>("SELECT typname AS n FROM pg_type t JOIN pg_namespace s ON s.oid = t.typnamespace WHERE s.nspname = 'pg_catalog'");
  builtinTypes = new Set([
    ...rows.map((r) => r.n),
    'int',
    'integer',
    'smallint',
    'bigint',
    'real',
    'double precision',
    'decimal',
    'character varying',
    'character',
    'varchar',
    'char',
    'boolean',
    'serial',
    'bigserial',
    'smallserial',
    'timestamp',
    'timestamptz',
    'time',
    'timetz',
    'bit varying',
  ]);
});
afterAll(async () => {
  await db?.drop();
});

type Outcome = { kind: 'rejected' } | { kind: 'applied' } | { kind: 'excused'; why: string } | { kind: 'disagreement'; detail: string };

/** Raw SQL of the document (backtick defaults, checks, index expressions), as gen writes it. */
function rawExpressions(res: ParseResult): string[] {
  const doc = res.document!;
  const out: string[] = [];
  for (const t of [...doc.tables, ...doc.partials]) {
    for (const it of t.items) {
      if (it.kind !== 'column') continue;
      if (it.default?.kind === 'expression') out.push(it.default.value);
      out.push(...it.checks);
    }
    for (const c of t.checks) out.push(c.expression);
    for (const ix of t.indexes) for (const p of ix.parts) if (p.kind === 'expression') out.push(p.value);
  }
  return out.flatMap((e) => [e.trim(), canonicalExpression(e)]).filter((e) => e.length > 0);
}

/** Why a failure is something validate cannot know, or undefined (a disagreement). */
function excuse(e: { code?: string; message: string }, statement: string, res: ParseResult): string | undefined {
  const m = /^type "(.+)" does not exist$/.exec(e.message);
  if (e.code === '42704' && m) {
    const base = m[1]!
      .replace(/\(.*$/s, '')
      .replace(/(\[\d*\])+$/, '')
      .trim()
      .toLowerCase();
    // A built-in type that gen spelled so that PostgreSQL does not find it is gen's fault.
    return builtinTypes.has(base) ? undefined : 'unknown type';
  }
  // A type qualified by a schema the document does not declare (`extensions.citext`).
  const s = /^schema "(.+)" does not exist$/.exec(e.message);
  if (e.code === '3F000' && s && !res.schema!.schemas.includes(s[1]!)) return 'unknown type';
  if (rawExpressions(res).some((x) => statement.includes(x))) return 'raw SQL expression';
  return undefined;
}

async function reset(): Promise<void> {
  const { rows } = await db.client.query<{ s: string }>("SELECT string_agg(format('DROP SCHEMA %I CASCADE;', nspname), ' ') AS s FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'");
  await db.client.query(`${rows[0]!.s ?? ''} CREATE SCHEMA public;`);
}

const tally = { rejected: 0, applied: 0, excused: new Map<string, number>() };

/** Parses `text`; when validate accepts, applies gen's script from empty on PostgreSQL. */
async function check(text: string, file: string): Promise<Outcome> {
  const res = parse(text, file);
  if (!res.schema) {
    tally.rejected++;
    return { kind: 'rejected' };
  }
  const sql = migration(EMPTY_SCHEMA, res.schema).upSql;
  let statements: ReturnType<typeof splitStatements>;
  try {
    statements = splitStatements(sql);
  } catch (err) {
    // gen wrote SQL that does not even parse.
    const e = err as { message: string };
    const why = excuse({ code: '42601', message: e.message }, sql, res);
    if (why) {
      tally.excused.set(why, (tally.excused.get(why) ?? 0) + 1);
      return { kind: 'excused', why };
    }
    return { kind: 'disagreement', detail: `validate accepts, gen's script does not parse: ${e.message}\n--- script ---\n${sql.slice(0, 2000)}\n--- input ---\n${text.slice(0, 4000)}` };
  }
  await reset();
  for (const s of statements) {
    try {
      await db.client.query(s.text);
    } catch (err) {
      const e = err as { code?: string; message: string };
      await db.client.query('ROLLBACK').catch(() => undefined);
      const why = excuse(e, s.text, res);
      if (why) {
        tally.excused.set(why, (tally.excused.get(why) ?? 0) + 1);
        return { kind: 'excused', why };
      }
      return { kind: 'disagreement', detail: `validate accepts, PostgreSQL says ${e.code}: ${e.message}\n  in: ${s.text.slice(0, 400)}\n--- input ---\n${text.slice(0, 4000)}` };
    }
  }
  tally.applied++;
  return { kind: 'applied' };
}

const units = corpusUnits().map((u) => ({ ...u, text: readFileSync(u.file, 'utf8') }));
// Mutation seeds: the corpus files small enough to apply many times over.
const seeds = units.filter((u) => statSync(u.file).size < 16_000);

// Words that PostgreSQL treats specially, swapped in for a token of the input.
const E = 'é';
const POOL = [
  'ctid',
  'xmin',
  'tableoid',
  'oid',
  'a'.repeat(63),
  'a'.repeat(64),
  `"${E.repeat(31)}a"`,
  `"${E.repeat(32)}"`,
  `'${'b'.repeat(64)}'`,
  '"pg_x"',
  'pg_y',
  'serial',
  'bigserial',
  'smallint',
  'uuid',
  'jsonb',
  'json',
  'boolean',
  'numeric(3,1)',
  'varchar(0)',
  'varchar(2)',
  'numeric(1001)',
  'timestamp(7)',
  'timestamptz(6)',
  'char(3)',
  "'abc'",
  "'1.5'",
  "' 7 '",
  "'t'",
  "'{}'",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
  '40000',
  '3000000000',
  '-1',
  '1.5',
  '1e3',
  'true',
  'false',
  'null',
  'hash',
  'btree',
  'unique',
  'pk',
  'not null',
  'increment',
  '""',
  "''",
  '"a.b"',
  `"it's"`,
  '"x""y"',
];

type Edit = { readonly at: number; readonly pick: number; readonly fromPool: boolean };
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), pick: fc.nat(), fromPool: fc.boolean() });

/** Replaces word tokens: by a pool word, or by another word of the same text (so that names
 * collide: an index named like a table, a column named like another, a default like a label). */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const toks = text.match(/'''[\s\S]*?'''|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`|\w+|\s+|[\s\S]/g) ?? [];
  const words = toks.map((t, i) => (/^["'\w]/.test(t) ? i : -1)).filter((i) => i >= 0);
  if (words.length === 0) return text;
  for (const e of edits) {
    const i = words[e.at % words.length]!;
    toks[i] = e.fromPool ? POOL[e.pick % POOL.length]! : toks[words[e.pick % words.length]!]!;
  }
  return toks.join('');
}

function summary(): string {
  return `validate rejected ${tally.rejected}, PostgreSQL applied ${tally.applied}, excused ${[...tally.excused].map(([k, v]) => `${k}: ${v}`).join(', ') || 'none'}`;
}

describe('validate agrees with PostgreSQL', () => {
  it('on every corpus unit', async () => {
    const disagreements: string[] = [];
    for (const u of units) {
      const o = await check(u.text, u.file);
      if (o.kind === 'disagreement') disagreements.push(`${u.unit}: ${o.detail.split('\n--- input')[0]}`);
    }
    expect(disagreements).toEqual([]);
    expect(tally.applied).toBeGreaterThan(80);
  }, 300_000);

  it(`on ${CASES} mutations of the corpus (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.array(mutation, { maxLength: 2 }), async (n, edits, ms) => {
        const u = seeds[n % seeds.length]!;
        const o = await check(applyMutations(applyEdits(u.text, edits), ms), u.file);
        if (o.kind === 'disagreement') throw new Error(`${u.unit}\n${o.detail}`);
      }),
      { seed: SEED, numRuns: CASES, endOnFailure: true, ...(PATH ? { path: PATH } : {}) },
    );
  }, 900_000);

  it(`on ${CASES} generated schemas, printed and mutated (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), fc.array(edit, { maxLength: 3 }), async (g, edits) => {
        const text = applyEdits(printDocument(lift(genSchema(g)).document), edits);
        const o = await check(text, 'generated.dbml');
        if (o.kind === 'disagreement') throw new Error(o.detail);
      }),
      { seed: SEED + 1, numRuns: CASES, endOnFailure: true, ...(PATH ? { path: PATH } : {}) },
    );
    console.log(summary());
  }, 900_000);
});
