/** Names cannot become SQL (or DBML). Property (fast-check): hostile names — quotes,
 * backslashes, every kind of line break, `*\/`, `$gen$`, `--`, `;`, multi-byte characters, up to
 * exactly 63 bytes — from a DBML file and from a database gen did not create. Every script gen
 * renders for them (create, declared renames, drop, down scripts) is split with libpg_query and
 * must hold exactly the plan's statements, every comment one inert line; applied on PostgreSQL
 * it must create the names byte for byte (read back from the catalogs) and converge (a re-diff is
 * empty), and it must never touch `victim`.
 *
 * Seeded: GEN_PROPERTY_SEED (printed by fast-check on failure), GEN_PROPERTY_RUNS cases for the
 * parse-and-count part (default 300), GEN_PROPERTY_APPLY_RUNS for the PostgreSQL part (default
 * 30). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../src/db/queryable.js';
import { parse } from '../src/dbml/index.js';
import { lift } from '../src/dbml/print/lift.js';
import { dbmlComment, dbmlName, dbmlString, printDocument } from '../src/dbml/print/print.js';
import { describeChange, describeHint, shellWord } from '../src/diff/describe.js';
import { diff, renameHints } from '../src/diff/index.js';
import type { Rename } from '../src/diff/changes.js';
import { introspect } from '../src/introspect/index.js';
import { printable } from '../src/model/identifiers.js';
import type { Schema } from '../src/model/types.js';
import { EMPTY_SCHEMA, migration } from '../src/plan/migration.js';
import type { Plan } from '../src/plan/types.js';
import { statements, STANDARD_STRINGS } from '../src/render/index.js';
import { dollarQuote, sqlComment } from '../src/render/quote.js';
import { loadSqlParser, splitStatements } from '../src/sql/split.js';
import { runScript } from '../src/sql/run.js';
import { resetDatabase } from './diff-cases.js';
import { dbmlOf, lit, type Names, namesArbitrary, q, sqlOf } from './injection-cases.js';
import { tempQueryable } from './pg.js';

const seed = Number(process.env['GEN_PROPERTY_SEED'] ?? 20261206);
const runs = Number(process.env['GEN_PROPERTY_RUNS'] ?? 300);
const applyRuns = Number(process.env['GEN_PROPERTY_APPLY_RUNS'] ?? 30);
const bin = path.resolve(import.meta.dirname, '../bin/gen.js');

/** Characters after which an editor, a terminal or PostgreSQL sees a new line. */
const LINE_BREAK = /[\n\r\u2028\u2029\u0085\u000b\u000c]/;

/** The script holds exactly the plan's statements, in order, plus the session settings and
 * transaction brackets `render` adds; everything between statements is comment lines. */
function assertExact(p: Plan, sql: string): void {
  const split = splitStatements(sql);
  const wanted = p.steps.filter((s) => s.op.op !== 'setTimeouts').flatMap((s) => statements(s.op));
  const body = split.filter((s) => s.type !== 'TransactionStmt' && s.type !== 'VariableSetStmt').map((s) => s.text);
  expect(body).toEqual(wanted);
  const sets = split.filter((s) => s.type === 'VariableSetStmt').map((s) => s.text);
  const expectedSets = p.steps.flatMap((s) => (s.op.op === 'setTimeouts' ? 2 : 0) + (s.statementTimeout ? 2 : 0)).reduce((a, b) => a + b, 0);
  const pinned = sql.includes(`\n${STANDARD_STRINGS}\n`) ? 1 : 0;
  expect(sets.length).toBe(expectedSets + pinned);
  for (const s of sets) expect(s).toMatch(/^SET (lock_timeout|statement_timeout|standard_conforming_strings) = '?[a-z0-9]+'?$/);
  // Between statements: blank lines and `--` lines only, each holding no other line break.
  for (const s of split) {
    for (const line of s.leading.split('\n')) {
      expect(line === '' || line.startsWith('-- ')).toBe(true);
      expect(LINE_BREAK.test(line)).toBe(false);
    }
  }
}

function parsed(text: string): { schema: Schema; renames: readonly Rename[] } {
  const r = parse(text, 'case.dbml');
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !r.schema) throw new Error(`case.dbml does not parse: ${errors.map((d) => `${d.start.line}:${d.start.column} ${d.message}`).join('; ')}\n${text}`);
  return { schema: r.schema, renames: r.renames ?? [] };
}

/** The migrations of one case, from its DBML. */
function scripts(n: Names) {
  const before = parsed(dbmlOf(n, false));
  const after = parsed(dbmlOf(n, true));
  const create = migration(EMPTY_SCHEMA, before.schema, { title: n.t1 });
  const change = migration(before.schema, after.schema, { renames: after.renames, title: n.t2 });
  return { before: before.schema, after: after.schema, create, change };
}

function checkScripts(n: Names): void {
  const { before, after, create, change } = scripts(n);
  for (const m of [create, change]) {
    assertExact(m.up, m.upSql);
    assertExact(m.down, m.downSql);
  }
  // The declared renames are renames, not a drop and an add.
  expect(change.up.steps.filter((s) => s.op.op === 'dropTable')).toHaveLength(1);
  expect(change.up.steps.some((s) => s.op.op === 'renameTable')).toBe(true);
  expect(change.up.steps.some((s) => s.op.op === 'renameColumn')).toBe(true);
  // The DBML printer: what it prints parses back to the same schema.
  for (const s of [before, after]) expect(diff(parsed(printDocument(lift(s).document)).schema, s)).toEqual([]);
  // Summaries stay one line per change.
  for (const c of change.changes) expect(LINE_BREAK.test(describeChange(c))).toBe(false);
}

/** The names of what is in `schema`, read from the catalogs. */
async function catalog(db: Queryable, schema: string) {
  const ns = `(SELECT oid FROM pg_namespace WHERE nspname = ${lit(schema)})`;
  const col = async (sql: string) => (await db.query<{ v: string }>(sql)).map((r) => r.v).sort();
  return {
    schemas: await col(`SELECT nspname AS v FROM pg_namespace WHERE nspname = ${lit(schema)}`),
    relations: await col(`SELECT relname AS v FROM pg_class WHERE relnamespace = ${ns} AND relkind IN ('r', 'i')`),
    labels: (await db.query<{ v: string }>(`SELECT e.enumlabel AS v FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typnamespace = ${ns} ORDER BY e.enumsortorder`)).map((r) => r.v),
    types: await col(`SELECT typname AS v FROM pg_type WHERE typnamespace = ${ns} AND typtype = 'e'`),
    columns: await col(`SELECT a.attname AS v FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = ${ns} AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`),
    constraints: await col(`SELECT conname AS v FROM pg_constraint WHERE connamespace = ${ns} AND contype IN ('c', 'f')`),
    comments: await col(`SELECT d.description AS v FROM pg_description d JOIN pg_class c ON c.oid = d.objoid WHERE c.relnamespace = ${ns}`),
    defaults: await col(`SELECT pg_get_expr(d.adbin, d.adrelid) AS v FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid WHERE c.relnamespace = ${ns}`),
    victim: (await db.query<{ ok: boolean }>("SELECT to_regclass('public.victim') IS NOT NULL AS ok"))[0]!.ok,
  };
}

const sorted = (xs: readonly string[]) => [...xs].sort();

async function expectBefore(db: Queryable, n: Names, want: Schema): Promise<void> {
  const c = await catalog(db, n.schema);
  expect(c.schemas).toEqual([n.schema]);
  expect(c.types).toEqual([n.enumName]);
  expect(c.labels).toEqual([n.labels[0], n.labels[1]]);
  for (const r of [n.t1, n.t2, n.index, n.unique]) expect(c.relations).toContain(r);
  for (const col of [n.c1, n.c3, n.r]) expect(c.columns).toContain(col);
  expect(c.constraints).toContain(n.fk);
  if (!n.c3.includes('`')) expect(c.constraints).toContain(n.check);
  expect(c.comments).toEqual(sorted([n.notes[0], n.notes[1]].filter((x) => x !== '')));
  expect(c.defaults).toContain(`${lit(n.defaultText)}::text`);
  expect(c.victim).toBe(true);
  expect(diff((await introspect(db)).schema, want)).toEqual([]);
}

async function expectAfter(db: Queryable, n: Names, want: Schema): Promise<void> {
  const c = await catalog(db, n.schema);
  expect(c.labels).toEqual([n.renamedLabel, n.labels[1], n.labels[2]]);
  for (const r of [n.t1Renamed, n.index, n.unique]) expect(c.relations).toContain(r);
  for (const r of [n.t1, n.t2]) expect(c.relations).not.toContain(r);
  for (const col of [n.c1Renamed, n.c3, n.c4]) expect(c.columns).toContain(col);
  expect(c.columns).not.toContain(n.c1);
  expect(c.victim).toBe(true);
  expect(diff((await introspect(db)).schema, want)).toEqual([]);
}

/** Applies every script of a case from its DBML, checking the database after each. */
async function applyFromDbml(db: Queryable, n: Names): Promise<void> {
  await resetDatabase(db);
  const { before, after, create, change } = scripts(n);
  await runScript(db, create.upSql, 'create.sql');
  await expectBefore(db, n, before);
  await runScript(db, change.upSql, 'change.sql');
  await expectAfter(db, n, after);
  await runScript(db, change.downSql, 'change-down.sql');
  await expectBefore(db, n, before);
  await runScript(db, create.downSql, 'create-down.sql');
  expect(diff((await introspect(db)).schema, EMPTY_SCHEMA)).toEqual([]);
}

/** The same objects made by hand: gen reads them, pulls them as DBML and plans drops for them. */
async function applyFromDatabase(db: Queryable, n: Names): Promise<void> {
  await resetDatabase(db);
  await db.exec(sqlOf(n));
  const { schema, unmanaged } = await introspect(db);
  // The view is managed: read with its definition, dropped below by gen's own script.
  expect((schema.objects ?? []).map((o) => o.name)).toContain(n.view);
  for (const o of schema.objects ?? []) expect(LINE_BREAK.test(describeChange({ kind: 'AddObject', object: o }))).toBe(false);
  for (const u of unmanaged) expect(LINE_BREAK.test(dbmlComment(`${u.kind} ${u.schema}.${u.name}`))).toBe(false);
  // Pulled DBML means the same schema, but for a check holding a backtick (no DBML expression
  // can), which is left out and listed in the header.
  const { document, losses } = lift(schema);
  for (const l of losses) expect(LINE_BREAK.test(dbmlComment(l))).toBe(false);
  const backtick = n.c3.includes('`');
  expect(losses.some((l) => l.includes(`check ${n.check} holds a backtick`))).toBe(backtick);
  // The view is SQL only (pull --out writes it beside the DBML).
  const { objects: _sqlOnly, ...tablesOnly } = schema;
  const expressible = backtick ? { ...tablesOnly, tables: schema.tables.map((t) => ({ ...t, checks: t.checks.filter((c) => c.name !== n.check) })) } : tablesOnly;
  expect(diff(parsed(printDocument(document)).schema, expressible)).toEqual([]);
  // Drop the table with the foreign key, then everything gen manages.
  const without = { ...schema, tables: schema.tables.filter((t) => t.name !== n.t2) };
  const dropOne = migration(schema, without, { title: n.t2 });
  assertExact(dropOne.up, dropOne.upSql);
  await runScript(db, dropOne.upSql, 'drop-one.sql');
  const c = await catalog(db, n.schema);
  expect(c.relations).not.toContain(n.t2);
  for (const r of [n.t1, n.index, n.unique]) expect(c.relations).toContain(r);
  expect(c.victim).toBe(true);
  expect(diff((await introspect(db)).schema, without)).toEqual([]);
  const dropAll = migration(without, EMPTY_SCHEMA);
  assertExact(dropAll.up, dropAll.upSql);
  await runScript(db, dropAll.upSql, 'drop-all.sql');
  expect((await introspect(db)).schema.tables).toEqual([]);
  expect((await introspect(db)).schema.objects).toBeUndefined();
}

describe('hostile names', () => {
  beforeAll(() => loadSqlParser());

  it(
    `render exactly the planned statements (${runs} cases, seed ${seed})`,
    () => {
      fc.assert(
        fc.property(namesArbitrary, (n) => checkScripts(n)),
        { numRuns: runs, seed, endOnFailure: true },
      );
    },
    Math.max(600_000, runs * 200),
  );

  describe('on PostgreSQL 15', () => {
    let db: Queryable;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      ({ db, drop } = await tempQueryable('gen_inject'));
    });
    afterAll(async () => drop());

    it(
      `from DBML: created, renamed, dropped and reversed byte for byte (${applyRuns} cases, seed ${seed})`,
      async () => {
        await fc.assert(
          fc.asyncProperty(namesArbitrary, (n) => applyFromDbml(db, n)),
          { numRuns: applyRuns, seed, endOnFailure: true },
        );
      },
      Math.max(600_000, applyRuns * 2_000),
    );

    it(
      `from a database: pulled and dropped byte for byte (${applyRuns} cases, seed ${seed})`,
      async () => {
        await fc.assert(
          fc.asyncProperty(namesArbitrary, (n) => applyFromDatabase(db, n)),
          { numRuns: applyRuns, seed: seed + 1, endOnFailure: true },
        );
      },
      Math.max(600_000, applyRuns * 2_000),
    );
  });
});

describe('a name that holds SQL stays a name', () => {
  let db: Queryable;
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    await loadSqlParser();
    ({ db, url, drop } = await tempQueryable('gen_inject_focus'));
  });
  afterAll(async () => drop());

  const victimStands = async () => (await db.query<{ ok: boolean }>("SELECT to_regclass('public.victim') IS NOT NULL AS ok"))[0]!.ok;

  it.each([
    ['a line feed', 'x\nDROP TABLE victim; --'],
    ['CR LF', 'x\r\nDROP TABLE victim; --'],
    ['a carriage return', 'x\rDROP TABLE victim; --'],
    ['U+2028', 'x\u2028DROP TABLE victim; --'],
    ['a block comment end', 'x */ DROP TABLE victim; /*'],
    ['a dollar quote', "x $gen$; DROP TABLE victim; $gen$ '"],
  ])('dropping a table whose name holds %s drops that table only', async (_, name) => {
    await resetDatabase(db);
    await db.exec(`CREATE TABLE victim (id int); CREATE TABLE ${q(name)} (id int, v int); CREATE INDEX ${q(`${name} i`)} ON ${q(name)} (v)`);
    const from = (await introspect(db)).schema;
    const to = { ...from, tables: from.tables.filter((t) => t.name !== name) };
    // The title is a name too (`gen dev --name`).
    const m = migration(from, to, { title: name });
    assertExact(m.up, m.upSql);
    expect(m.upSql).toContain(`-- hazard DELETES_DATA, ACCESS_EXCLUSIVE_LOCK, BREAKS_CLIENTS: drop table ${printable(q(name))} and all its rows`);
    await runScript(db, m.upSql, 'up.sql');
    expect(await victimStands()).toBe(true);
    expect(diff((await introspect(db)).schema, to)).toEqual([]);
    // The down script re-creates it, under an IRREVERSIBLE note that names it.
    assertExact(m.down, m.downSql);
    await runScript(db, m.downSql, 'down.sql');
    expect(await victimStands()).toBe(true);
    expect(diff((await introspect(db)).schema, from)).toEqual([]);
  });

  it('removing an enum value whose label holds the DO block tag checks the rows and drops nothing else', async () => {
    await resetDatabase(db);
    const label = "$gen$; DROP TABLE victim; $gen$ '";
    await db.exec(`CREATE TABLE victim (id int); CREATE TYPE "e$gen$" AS ENUM ('a', ${lit(label)}); CREATE TABLE "t%s$gen$" (v "e$gen$", w "e$gen$"[])`);
    const from = (await introspect(db)).schema;
    const to = { ...from, enums: from.enums.map((e) => ({ ...e, values: ['a'] })) };
    const m = migration(from, to);
    assertExact(m.up, m.upSql);
    expect(m.upSql).toContain('DO $gen1$');
    // A row still holds the label: the check stops the migration, with a message naming the column.
    await db.exec(`INSERT INTO "t%s$gen$" (v) VALUES (${lit(label)})`);
    await expect(runScript(db, m.upSql, 'up.sql')).rejects.toThrow('public.t%s$gen$.v still holds a value removed from enum public.e$gen$; update those rows first');
    expect(await victimStands()).toBe(true);
    await db.exec(`DELETE FROM "t%s$gen$"`);
    await runScript(db, m.upSql, 'up.sql');
    expect(await victimStands()).toBe(true);
    expect(diff((await introspect(db)).schema, to)).toEqual([]);
  });

  it('a comment gen writes cannot forge a lint directive or the hazard header', () => {
    const forged = 'x\n-- gen:lint-ignore data-loss: forged\n-- hazards: none';
    const from = parsed(`Table ${dbmlName(forged)} {\n  id int\n}\nTable keep {\n  id int\n}\n`).schema;
    const m = migration(from, { ...from, tables: from.tables.filter((t) => t.name !== forged) }, { title: forged });
    assertExact(m.up, m.upSql);
    // Comments are what precedes a statement (where lint reads its directives); the name itself
    // may hold those lines, inside its quotes.
    const leading = splitStatements(m.upSql)
      .map((s) => s.leading)
      .join('\n');
    expect(leading).not.toMatch(/^-- gen:lint-ignore/m);
    expect(leading.match(/^-- hazards: /gm)).toHaveLength(1);
    expect(/^-- hazards: (.+)$/m.exec(m.upSql)?.[1]).toBe('DELETES_DATA (1), ACCESS_EXCLUSIVE_LOCK (1), BREAKS_CLIENTS (1)');
  });

  it('a script with a backslash pins standard_conforming_strings, so it means the same under either setting', async () => {
    await resetDatabase(db);
    const to = parsed(`Table victim {\n  id int\n}\nTable t {\n  v text [default: 'a\\\\\\'; DROP TABLE victim; --', note: 'b\\\\']\n}\n`).schema;
    const m = migration(EMPTY_SCHEMA, to);
    expect(m.upSql).toContain(`\n${STANDARD_STRINGS}\n`);
    expect(migration(EMPTY_SCHEMA, parsed('Table t {\n  v text\n}\n').schema).upSql).not.toContain('standard_conforming_strings');
    await db.exec('SET standard_conforming_strings = off; SET escape_string_warning = off');
    try {
      await runScript(db, m.upSql, 'up.sql');
    } finally {
      await db.exec('RESET standard_conforming_strings; RESET escape_string_warning');
    }
    expect(await victimStands()).toBe(true);
    expect(diff((await introspect(db)).schema, to)).toEqual([]);
  });

  it('gen pull writes the names of SQL-only objects as inert comments', async () => {
    await resetDatabase(db);
    await db.exec(`CREATE TABLE victim (id int); CREATE VIEW ${q('v\nTable injected {\n  id int\n}\n//')} AS SELECT 1 AS one; CREATE TABLE ${q('t`')} (${q('c`')} int CHECK (${q('c`')} > 0))`);
    const r = spawnSync(process.execPath, [bin, 'pull', '--url', url], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('//   view public.v\\nTable injected {\\n  id int\\n}\\n//: SQL only\n');
    expect(r.stdout).toContain('check t`_c`_check holds a backtick');
    const back = parsed(r.stdout).schema;
    expect(back.tables.map((t) => t.name).sort()).toEqual(['t`', 'victim']);
  });
});

describe('the quoting functions', () => {
  it('printable shows every line break and control character as an escape', () => {
    expect(printable('a\nb\r\nc\u2028d\u2029e\u0085f\tg\\h\u001b[2Ji\u202ej')).toBe('a\\nb\\r\\nc\\u2028d\\u2029e\\u0085f\\tg\\\\h\\u001b[2Ji\\u202ej');
    expect(printable('plain é名😀 "\' -- */ $gen$')).toBe('plain é名😀 "\' -- */ $gen$');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(LINE_BREAK.test(printable(s))).toBe(false);
      }),
      { seed },
    );
  });
  it('sqlComment is one comment line whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const c = sqlComment(s);
        expect(c.startsWith('-- ')).toBe(true);
        expect(LINE_BREAK.test(c)).toBe(false);
        expect(splitStatements(`${c}\nSELECT 1`).map((x) => x.text)).toEqual(['SELECT 1']);
      }),
      { seed, numRuns: 500 },
    );
  });
  it('dollarQuote picks a tag its body does not hold', () => {
    expect(dollarQuote('BEGIN END')).toBe('$gen$\nBEGIN END\n$gen$');
    expect(dollarQuote("RAISE '$gen$ $gen1$'")).toBe("$gen2$\nRAISE '$gen$ $gen1$'\n$gen2$");
  });
  it('a rename hint is one line, its flag a shell word that means the flag', () => {
    expect(shellWord('public.users.name=full_name')).toBe('public.users.name=full_name');
    expect(shellWord('public.t."a b"=c')).toBe(`'public.t."a b"=c'`);
    expect(shellWord("public.t.$(rm -rf ~)'=c")).toBe(`'public.t.$(rm -rf ~)'\\''=c'`);
    expect(shellWord('public.t.a\nb=c')).toBe("$'public.t.a\\nb=c'");
    const from = parsed('Table t {\n  id int\n  "a\\nb $(x)" text\n}\n').schema;
    const to = parsed('Table t {\n  id int\n  "c\\u2028d" text\n}\n').schema;
    const [hint] = renameHints(diff(from, to));
    expect(describeHint(hint!)).toBe(`public.t: a\\nb $(x) dropped and c\\u2028d added look like a rename; if so, pass --rename $'public.t."a\\nb $(x)"="c\\u2028d"'`);
  });
  it('the DBML printer escapes what DBML cannot hold raw', () => {
    expect(dbmlName('a"b\\c\nd\u2028e')).toBe('"a\\"b\\\\c\\nd\\u2028e"');
    expect(dbmlString("it's\n\u0085")).toBe("'it\\'s\\n\\u0085'");
    expect(dbmlComment('x\nTable t {}')).toBe('// x\\nTable t {}');
    // A custom setting holding a string that starts like a colour stays a string.
    const doc = parse("Table t [owner: '#a\\nTable injected {}', tint: #abc] {\n  id int\n}\n").document!;
    const printed = printDocument(doc);
    expect(printed).not.toContain('owner: #');
    expect(printed).toContain('tint: #abc]');
    expect(parse(printed).document!.tables.map((t) => t.custom)).toEqual([
      [
        ['owner', '#a\nTable injected {}'],
        ['tint', '#abc'],
      ],
    ]);
  });
});

describe('type arguments', () => {
  it.each(["varchar('1); DROP/**/TABLE/**/victim; --')", "numeric(1, '2); DROP TABLE victim; --')", "geometry('Point''; DROP TABLE victim; --', 4326)", "mytype('a -- b')"])(
    '%s is rejected with its position, not written into SQL',
    (type) => {
      const r = parse(`Table t {\n  c ${type}\n}\n`, 'schema.dbml');
      expect(r.schema).toBeUndefined();
      const e = r.diagnostics.find((d) => d.severity === 'error');
      expect(e).toMatchObject({ file: 'schema.dbml', start: { line: 2 } });
    },
  );
  it('numbers and names still are type arguments', () => {
    const r = parse("Table t {\n  a varchar(255)\n  b numeric(10, 2)\n  c geometry('Point', 4326)\n  d varbinary('MAX')\n}\n");
    expect(r.schema!.tables[0]!.columns.map((c) => c.type)).toEqual(['character varying(255)', 'numeric(10,2)', 'geometry(Point,4326)', 'varbinary(MAX)']);
  });
});
