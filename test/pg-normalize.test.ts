/** PostgreSQL is the oracle for normalisation: canonical types and defaults in the model must be
 * exactly what format_type / pg_get_expr print, and implicit names what PostgreSQL chooses. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { parse } from '../src/dbml/index.js';
import { needsQuotes } from '../src/model/identifiers.js';
import { tempDatabase } from './pg.js';
import { connect } from '../src/db/connect.js';
import { diff } from '../src/diff/index.js';
import { introspect } from '../src/introspect/index.js';
import { canonicalJson } from '../src/model/schema.js';
import { makeObjectName } from '../src/model/naming.js';
import { EMPTY_SCHEMA, migration } from '../src/plan/migration.js';
import { runScript } from '../src/sql/run.js';

let db: { client: pg.Client; drop: () => Promise<void> };
beforeAll(async () => {
  db = await tempDatabase('gen_norm');
});
afterAll(async () => {
  await db?.drop();
});

// [DBML type, DBML default or undefined, the same column in SQL]
const columns: [string, string | undefined, string][] = [
  ['int', undefined, 'int'],
  ['int4', '0', 'int4 DEFAULT 0'],
  ['int8', '-5', 'int8 DEFAULT -5'],
  ['integer', "'42'", "integer DEFAULT '42'"],
  ['smallint', '7', 'smallint DEFAULT 7'],
  // A negative fraction on an integer column keeps its numeric constant (corpus negative_number).
  ['int', '-7.2225', 'int DEFAULT -7.2225'],
  ['int(11)', '3', 'int DEFAULT 3'],
  ['bigint', '-2147483649', 'bigint DEFAULT -2147483649'],
  ['varchar', "'x'", "varchar DEFAULT 'x'"],
  ['varchar(255)', "'it\\'s'", "varchar(255) DEFAULT 'it''s'"],
  ['char(3)', "'abc'", "char(3) DEFAULT 'abc'"],
  ['char', undefined, 'char'],
  ['text', "'hello'", "text DEFAULT 'hello'"],
  // Other expressions are kept verbatim: written in pg_get_expr's form they compare equal.
  ['text', "`lower('A'::text)`", "text DEFAULT lower('A')"],
  ['bool', 'true', 'bool DEFAULT true'],
  ['boolean', 'false', 'boolean DEFAULT false'],
  ['float8', '1.5', 'float8 DEFAULT 1.5'],
  ['double', undefined, 'double precision'],
  ['"double precision"', undefined, 'double precision'],
  ['float4', undefined, 'float4'],
  ['real', '0', 'real DEFAULT 0'],
  ['decimal', '1.25', 'decimal DEFAULT 1.25'],
  ['numeric(10,2)', '0', 'numeric(10,2) DEFAULT 0'],
  ['numeric(10, 2)', '-1.5', 'numeric(10,2) DEFAULT -1.5'],
  ['numeric(5)', undefined, 'numeric(5)'],
  ['timestamp', '`now()`', 'timestamp DEFAULT now()'],
  ['timestamptz', '`CURRENT_TIMESTAMP`', 'timestamptz DEFAULT CURRENT_TIMESTAMP'],
  ['"timestamp with time zone"', '`current_timestamp`', 'timestamp with time zone DEFAULT current_timestamp'],
  ['timestamp(3)', undefined, 'timestamp(3)'],
  ['time', undefined, 'time'],
  ['timetz', undefined, 'timetz'],
  ['date', '`CURRENT_DATE`', 'date DEFAULT CURRENT_DATE'],
  ['uuid', '`gen_random_uuid()`', 'uuid DEFAULT gen_random_uuid()'],
  ['json', "'{}'", "json DEFAULT '{}'"],
  ['jsonb', undefined, 'jsonb'],
  ['bytea', undefined, 'bytea'],
  ['int[]', undefined, 'int[]'],
  ['text[][]', undefined, 'text[][]'],
  ['varchar(20)[]', undefined, 'varchar(20)[]'],
  ['integer[3]', undefined, 'integer[3]'],
  ['inet', undefined, 'inet'],
  ['interval', undefined, 'interval'],
  ['"interval day to second"', undefined, 'interval day to second'],
  ['"interval minute to second"(3)', undefined, 'interval minute to second(3)'],
  ['"interval year"', undefined, 'interval year'],
  ['status', "'active'", "status DEFAULT 'active'"],
  ['status', 'status.inactive', "status DEFAULT 'inactive'"],
  ['"Mood"', "'ok'", `"Mood" DEFAULT 'ok'`],
  ['other.kind', "'a'", "other.kind DEFAULT 'a'"],
];

describe('types and defaults', () => {
  it('match format_type and pg_get_expr on a real server', async () => {
    const dbml = [
      'Enum status {\n  active\n  inactive\n}',
      'Enum "Mood" {\n  ok\n  sad\n}',
      'Enum other.kind {\n  a\n  b\n}',
      `Table t {\n${columns.map(([type, def], i) => `  c${i} ${type}${def ? ` [default: ${def}]` : ''}`).join('\n')}\n}`,
    ].join('\n\n');
    const res = parse(dbml);
    expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const model = res.schema!.tables[0]!.columns;

    await db.client.query(`CREATE TYPE status AS ENUM ('active', 'inactive'); CREATE TYPE "Mood" AS ENUM ('ok', 'sad');
      CREATE SCHEMA other; CREATE TYPE other.kind AS ENUM ('a', 'b');
      CREATE TABLE t (${columns.map(([, , sql], i) => `c${i} ${sql}`).join(', ')})`);
    const { rows } = await db.client.query<{ name: string; type: string; def: string | null }>(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, pg_get_expr(d.adbin, d.adrelid) AS def
         FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = 't'::regclass AND a.attnum > 0 ORDER BY a.attnum`,
    );
    const fromDb = rows.map((r) => ({ name: r.name, type: r.type, ...(r.def !== null ? { default: r.def } : {}) }));
    const fromModel = model.map((c) => ({ name: c.name, type: c.type, ...(c.default !== undefined ? { default: c.default } : {}) }));
    expect(fromModel).toEqual(fromDb);
  });
});

describe('implicit names', () => {
  const long = 'a'.repeat(40);
  const longCol = 'b'.repeat(40);
  it('follow PostgreSQL, including 63-byte truncation and numeric suffixes', async () => {
    const dbml = `
Table ${long} {
  id int [pk]
  ${longCol} int [unique]
  ${longCol}x int [unique]
  x int [check: \`x > 0\`]
  y int
  z int
  checks {
    \`y > z\`
    \`y > 0\`
  }
  indexes {
    (y, z)
    \`lower(${longCol}::text)\`
    y
  }
}
Table c2 {
  id int [pk]
  p int [ref: > ${long}.id]
}
Table "Ünïcödé_таблица_${'é'.repeat(18)}" {
  "колонка_${'ж'.repeat(20)}" int [unique]
}
Table "ü_😀" {
  "é" int [unique]
  "${'ж'.repeat(9)}" int [unique]
}
Table w_x_check {
  id int
}
Table w {
  x int [check: \`x > 0\`]
  y int
  z int
  p int [ref: > c2.id]
  indexes {
    z [name: 'w_y_idx']
    y
  }
}
Table w_p_fkey {
  id int
}
Table u_x_key {
  id int
}
Table u {
  x int [unique]
}
Table "${'ж'.repeat(31)}" {
  "${'é'.repeat(31)}" int [unique]
  "${'é'.repeat(30)}ab" int [unique]
  "${'😀'.repeat(15)}" int [check: \`"${'😀'.repeat(15)}" > 0\`]
}`;
    const res = parse(dbml);
    expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const sql = `
CREATE TABLE ${long} (id int PRIMARY KEY, ${longCol} int UNIQUE, ${longCol}x int UNIQUE, x int CHECK (x > 0), y int, z int, CHECK (y > z), CHECK (y > 0));
CREATE INDEX ON ${long} (y, z);
CREATE INDEX ON ${long} (lower(${longCol}::text));
CREATE INDEX ON ${long} (y);
CREATE TABLE c2 (id int PRIMARY KEY, p int REFERENCES ${long} (id));
CREATE TABLE "Ünïcödé_таблица_${'é'.repeat(18)}" ("колонка_${'ж'.repeat(20)}" int UNIQUE);
CREATE TABLE "ü_😀" ("é" int UNIQUE, "${'ж'.repeat(9)}" int UNIQUE);
CREATE TABLE w_x_check (id int);
CREATE TABLE w_p_fkey (id int);
CREATE TABLE w (x int CHECK (x > 0), y int, z int, p int REFERENCES c2 (id));
CREATE INDEX w_y_idx ON w (z);
CREATE INDEX ON w (y);
CREATE TABLE u_x_key (id int);
CREATE TABLE u (x int UNIQUE);
CREATE TABLE "${'ж'.repeat(31)}" ("${'é'.repeat(31)}" int UNIQUE, "${'é'.repeat(30)}ab" int UNIQUE, "${'😀'.repeat(15)}" int CHECK ("${'😀'.repeat(15)}" > 0));`;
    await db.client.query(sql);
    const { rows } = await db.client.query<{ t: string; name: string }>(`
      SELECT c.conrelid::regclass::text AS t, c.conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE n.nspname = 'public' AND c.contype IN ('p','u','c','f')
      UNION
      SELECT i.indrelid::regclass::text, ic.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
       WHERE n.nspname = 'public'`);
    const dbNames = [...new Set(rows.map((r) => r.name))].sort();
    const modelNames = [
      ...new Set(res.schema!.tables.flatMap((t) => [...(t.primaryKey ? [t.primaryKey.name] : []), ...t.uniques.map((u) => u.name), ...t.checks.map((c) => c.name), ...t.foreignKeys.map((f) => f.name), ...t.indexes.map((i) => i.name)])),
    ].sort();
    expect(modelNames).toEqual(dbNames);
  });
});

describe('names at the 63-byte limit', () => {
  // Every name at or near 63 UTF-8 bytes (multi-byte, quotes, dots, apostrophes), derived names
  // that PostgreSQL truncates and de-duplicates, and serial sequences named after long tables:
  // gen's script applied and introspected gives the model back, and a re-diff is empty.
  it('apply, introspect and re-diff to nothing on PostgreSQL', async () => {
    const t1 = `${'é'.repeat(29)}."'xy`; // 63 bytes
    const t2 = `a.b"c'${'ж'.repeat(28)}d`; // 63 bytes
    const c1 = `${'😀'.repeat(15)}abc`; // 63 bytes
    const c2 = `${'😀'.repeat(15)}abd`;
    const q = (n: string) => `"${n.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const dbml = `
Enum ${q(`${'ü'.repeat(31)}x`)} {
  ${q(`${'ö'.repeat(31)}y`)}
  "it's"
}
Table ${q(t1)} {
  id serial [pk]
  ${q(c1)} int [unique]
  ${q(c2)} int [unique, check: \`${q(c2).replace(/\\"/g, '""')} > 0\`]
  e ${q(`${'ü'.repeat(31)}x`)} [default: '${'ö'.repeat(31)}y']
  indexes {
    (${q(c1)}, ${q(c2)})
    ${q(c1)}
  }
}
Table ${q(t2)} {
  ${q(`${'я'.repeat(31)}z`)} bigserial [pk]
  r int [ref: > ${q(t1)}.id]
  s int [ref: > ${q(t1)}.${q(c1)}]
}`;
    const res = parse(dbml);
    expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const tmp = await tempDatabase('gen_names');
    const conn = await connect(`${process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432'}/${tmp.name}`);
    try {
      await runScript(conn, migration(EMPTY_SCHEMA, res.schema!).upSql, 'names.sql');
      const back = (await introspect(conn)).schema;
      expect(canonicalJson(back)).toEqual(canonicalJson(res.schema));
      expect(diff(back, res.schema!)).toEqual([]);
      const { rows } = await tmp.client.query<{ n: string }>("SELECT relname AS n FROM pg_class WHERE relkind = 'S' ORDER BY 1");
      expect(rows.map((r) => r.n)).toEqual([makeObjectName(t1, 'id', 'seq'), makeObjectName(t2, `${'я'.repeat(31)}z`, 'seq')].sort());
    } finally {
      await conn.close();
      await tmp.drop();
    }
  });
});

describe('identifier quoting', () => {
  it('agrees with quote_ident', async () => {
    const words = [
      'user',
      'order',
      'table',
      'select',
      'int',
      'name',
      'type',
      'value',
      'data',
      'group',
      'Users',
      'a b',
      '1abc',
      'abc1',
      'café',
      'time',
      'timestamp',
      'text',
      'date',
      'key',
      'primary',
      'check',
      'default',
      'column',
      'between',
      'none',
      'all',
      'status',
    ];
    const { rows } = await db.client.query<{ w: string; q: string }>('SELECT w, quote_ident(w) AS q FROM unnest($1::text[]) AS w', [words]);
    for (const r of rows) expect([r.w, needsQuotes(r.w)]).toEqual([r.w, r.q !== r.w]);
  });
});
