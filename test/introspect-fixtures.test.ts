/** Parity fixtures, one folder a case: fixtures/introspect/<case>/setup.sql builds a database;
 * `gen pull`'s DBML for it must equal expected.dbml, on PostgreSQL 15 and on PGlite (18).
 * UPDATE_GOLDEN=1 rewrites expected.dbml from PostgreSQL 15. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { parse } from '../src/dbml/index.js';
import { canonicalJson } from '../src/model/schema.js';
import { tempDatabase } from './pg.js';
import { introspectCases, introspectRoot, pulled } from './pulled.js';

const root = introspectRoot;
const cases = introspectCases().map((c) => c.name);

describe('introspect fixtures on postgres 15', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases)('%s', async (c) => {
    const tmp = await tempDatabase(`gen_fx_${c.replace(/\W/g, '_')}`);
    const db = await connect(`postgres://postgres@127.0.0.1:5432/${tmp.name}`);
    try {
      await db.exec(readFileSync(path.join(root, c, 'setup.sql'), 'utf8'));
      const { text, schema } = await pulled(db);
      const file = path.join(root, c, 'expected.dbml');
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) writeFileSync(file, text);
      expect(text).toEqual(readFileSync(file, 'utf8'));
      // The DBML parses, and where it says everything (no losses) it is the same model.
      const back = parse(text, 'expected.dbml');
      expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // Which schemas hold unmanaged objects is what the database says, never DBML: left out.
      if (!text.includes('// not in DBML:')) expect(JSON.parse(canonicalJson(back.schema))).toEqual(JSON.parse(canonicalJson({ ...schema, schemasWithUnmanaged: undefined })));
    } finally {
      await db.close();
      await tmp.drop();
    }
  });
});

describe('introspect fixtures on PGlite', () => {
  it.each(cases)('%s', async (c) => {
    const db = await connect('pglite:memory');
    try {
      await db.exec(readFileSync(path.join(root, c, 'setup.sql'), 'utf8'));
      expect((await pulled(db)).text).toEqual(readFileSync(path.join(root, c, 'expected.dbml'), 'utf8'));
    } finally {
      await db.close();
    }
  });
});
