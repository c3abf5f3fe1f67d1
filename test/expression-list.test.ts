/** Index expression keys are read as one pg_get_expr text and split at top-level commas: the
 * split must give back each key as PostgreSQL prints it alone, whatever commas the keys hold. */
import { expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { introspect } from '../src/introspect/index.js';
import { splitExpressionList } from '../src/introspect/expression-list.js';

it('splits only at top-level commas', () => {
  expect(splitExpressionList("lower(email), COALESCE(email, 'a,b'::text), (id + 1)::text")).toEqual(['lower(email)', "COALESCE(email, 'a,b'::text)", '(id + 1)::text']);
  expect(splitExpressionList('"we,ird"(x), (a)::numeric(10,2), ARRAY[1, 2]')).toEqual(['"we,ird"(x)', '(a)::numeric(10,2)', 'ARRAY[1, 2]']);
  expect(splitExpressionList("'it''s, ok', E'x\\', y', z")).toEqual(["'it''s, ok'", "E'x\\', y'", 'z']);
  expect(splitExpressionList('x')).toEqual(['x']);
});

it('reads every expression key of an index in key order, between column keys', async () => {
  const db = await connect('pglite:memory');
  try {
    await db.exec(`CREATE FUNCTION "we,ird"(text, text) RETURNS text IMMUTABLE LANGUAGE sql AS 'SELECT $1 || $2';
      CREATE TABLE t (id int, a text, "b,c" text, n numeric);
      CREATE INDEX ix ON t (("we,ird"(a, ', ')), id, (COALESCE(a, 'x,y')), "b,c", ((n)::numeric(10,2)), (ARRAY[id, 2]), ((id + 1)::text))`);
    const got = (await introspect(db)).schema.tables[0]!.indexes[0]!.parts;
    const printed = await db.query<{ k: string }>("SELECT pg_get_indexdef('ix'::regclass, g, true) AS k FROM generate_series(1, 7) g ORDER BY g");
    const unwrap = (s: string) => (s.startsWith('(') && s.endsWith(')') ? s.slice(1, -1) : s);
    expect(got.map((p) => (p.kind === 'column' ? p.name : p.expression))).toEqual(printed.map((r, i) => ([1, 3].includes(i) ? r.k.replace(/^"(.*)"$/, '$1') : unwrap(r.k))));
  } finally {
    await db.close();
  }
});
