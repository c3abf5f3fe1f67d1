/** Introspection against PostgreSQL 15 and PGlite (PostgreSQL 18): for each case in
 * fixtures/introspect-model/<case>, the database built by setup.sql introspects to the same
 * model as schema.dbml parses to. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import type { Queryable } from '../src/db/queryable.js';
import { parse } from '../src/dbml/index.js';
import { lift } from '../src/dbml/print/lift.js';
import { printDocument } from '../src/dbml/print/print.js';
import { introspect, twoLanes } from '../src/introspect/index.js';
import { canonicalJson } from '../src/model/schema.js';
import { tempQueryable } from './pg.js';

const root = path.resolve(import.meta.dirname, '../fixtures/introspect-model');
const cases = readdirSync(root).sort();

type Target = { name: string; open: (c: string) => Promise<{ db: Queryable; close: () => Promise<void> }> };
const targets: Target[] = [
  {
    name: 'postgres 15',
    open: async (c) => {
      const { db, drop } = await tempQueryable(`gen_intro_${c.replace(/\W/g, '_')}`);
      return { db, close: drop };
    },
  },
  {
    name: 'pglite',
    open: async () => {
      const db = await connect('pglite:memory');
      return { db, close: () => db.close() };
    },
  },
];

describe.each(targets)('introspect on $name', (target) => {
  it.each(cases)('%s', async (c) => {
    const { db, close } = await target.open(c);
    try {
      await db.exec(readFileSync(path.join(root, c, 'setup.sql'), 'utf8'));
      const got = await introspect(db);
      const want = parse(readFileSync(path.join(root, c, 'schema.dbml'), 'utf8'), 'schema.dbml');
      expect(want.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(JSON.parse(canonicalJson(got.schema))).toEqual(JSON.parse(canonicalJson(want.schema)));
      // What gen pull prints parses back to the same model.
      const printed = printDocument(lift(got.schema).document);
      const again = parse(printed, 'pulled.dbml');
      expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(JSON.parse(canonicalJson(again.schema))).toEqual(JSON.parse(canonicalJson(got.schema)));
    } finally {
      await close();
    }
  });

  it('models views, functions, domains and partitions, and lists what it does not manage', async () => {
    const { db, close } = await target.open('unmanaged');
    try {
      await db.exec(`CREATE TABLE t (id int PRIMARY KEY);
        CREATE VIEW v AS SELECT id FROM t;
        CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
        CREATE DOMAIN pos AS int CHECK (VALUE > 0);
        CREATE TABLE p (id int) PARTITION BY RANGE (id);
        CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
        CREATE FOREIGN DATA WRAPPER gen_fdw; CREATE SERVER gen_srv FOREIGN DATA WRAPPER gen_fdw;
        CREATE FOREIGN TABLE remote (a int) SERVER gen_srv;
        CREATE TEXT SEARCH CONFIGURATION plain (COPY = simple); CREATE STATISTICS t_stats ON id, (id * 2) FROM t;
        CREATE RULE t_notify AS ON INSERT TO t DO ALSO NOTIFY t_inserted;
        CREATE FUNCTION same_parity(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 % 2 = $2 % 2';
        CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = same_parity);`);
      const got = await introspect(db);
      expect(got.schema.tables.map((t) => t.name)).toEqual(['p', 'p1', 't']);
      expect(got.schema.tables.find((t) => t.name === 'p')?.partitionBy).toBe('RANGE (id)');
      const p1 = got.schema.tables.find((t) => t.name === 'p1');
      expect([p1?.inherits, p1?.partitionBound, p1?.columns]).toEqual([[{ schema: 'public', name: 'p' }], 'FOR VALUES FROM (0) TO (10)', []]);
      expect((got.schema.objects ?? []).map((o) => `${o.kind} ${o.schema}.${o.name}`)).toEqual(['domain public.pos', 'function public.f(integer)', 'function public.same_parity(integer, integer)', 'view public.v']);
      const view = got.schema.objects?.find((o) => o.kind === 'view');
      expect(view?.dependsOn).toEqual([{ kind: 'table', schema: 'public', name: 't', column: 'id' }]);
      expect(got.unmanaged.map((u) => `${u.kind} ${u.schema}.${u.name}`)).toEqual([
        'foreign data wrapper .gen_fdw',
        'foreign server .gen_srv',
        'foreign table public.remote',
        'operator public.===(integer, integer)',
        'rule public.t_notify on t',
        'statistics public.t_stats',
        'text search configuration public.plain',
      ]);
    } finally {
      await close();
    }
  });
});

it('uses a fixed number of round trips, whatever the number of tables', async () => {
  const db = await connect('pglite:memory');
  try {
    const roundTrips = async () => {
      let n = 0;
      const counted: Queryable = {
        ...db,
        query: (...a: Parameters<Queryable['query']>) => {
          n++;
          return db.query(...a);
        },
        exec: (...a: Parameters<Queryable['exec']>) => {
          n++;
          return db.exec(...a);
        },
        queryAll: (...a: Parameters<Queryable['queryAll']>) => {
          n++;
          return db.queryAll(...a);
        },
        queryAllParallel: (batches: Parameters<Queryable['queryAllParallel']>[0]) => {
          n += batches.length;
          return db.queryAllParallel(batches);
        },
      } as Queryable;
      await introspect(counted);
      return n;
    };
    await db.exec('CREATE TABLE t0 (id int PRIMARY KEY)');
    const one = await roundTrips();
    for (let i = 1; i < 40; i++) await db.exec(`CREATE TABLE t${i} (id serial PRIMARY KEY, p int REFERENCES t${i - 1}, u text UNIQUE); CREATE INDEX ON t${i} (lower(u))`);
    expect(await roundTrips()).toBe(one);
    // The size probe, then one batch.
    expect(one).toBe(2);
  } finally {
    await db.close();
  }
});

it("reads the same model over two connections as over one, with the session's search_path", async () => {
  const { db, drop } = await tempQueryable('gen_intro_lanes');
  try {
    await db.exec(`CREATE SCHEMA app;
      CREATE TABLE app.t (id int PRIMARY KEY, n text DEFAULT 'x', k int CHECK (k > 0));
      CREATE SEQUENCE app.s; CREATE TABLE u (id int DEFAULT nextval('app.s'), t int REFERENCES app.t);
      CREATE VIEW app.v AS SELECT id, n FROM app.t; CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
      CREATE INDEX ON app.t (lower(n));`);
    // Names print relative to the search_path: a helper connection must take this session's.
    await db.exec('SET search_path = app, public');
    const one = await introspect(db, { lanes: 1 });
    const two = await introspect(db, { lanes: 2 });
    expect(canonicalJson(two.schema)).toBe(canonicalJson(one.schema));
    expect(two.unmanaged).toEqual(one.unmanaged);
    expect(JSON.stringify(one.schema)).toContain("nextval('s'::regclass)");
  } finally {
    await drop();
  }
});

it('takes a second connection only where it pays: a large schema close by', () => {
  expect(twoLanes(7500, 0.3)).toBe(true);
  expect(twoLanes(200, 0.3)).toBe(false);
  expect(twoLanes(7500, 30)).toBe(false);
});
