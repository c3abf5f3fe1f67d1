/** Tables, columns and schemas exact (issue 20): the differ and planner on table options, schema
 * comments and inheritance, and on PostgreSQL 15 every tab-/col-/sch- exactness case the server
 * can load applied up and then down (planDown) with both ends introspecting as expected. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { diff } from '../src/diff/index.js';
import { introspect } from '../src/introspect/index.js';
import { canonicalJson, sortSchema } from '../src/model/schema.js';
import type { Schema, Table } from '../src/model/types.js';
import { migration } from '../src/plan/migration.js';
import { parameterChanges } from '../src/plan/table-options.js';
import { runScript } from '../src/sql/run.js';
import { comparable } from './diff-cases.js';
import { tempQueryable } from './pg.js';
import { sample } from './sample.js';

const table = (extra: Partial<Table> = {}): Table => ({
  schema: 'public',
  name: 't',
  columns: [{ name: 'id', type: 'integer', nullable: false }],
  uniques: [],
  indexes: [],
  foreignKeys: [],
  checks: [],
  ...extra,
});
const schema = (tables: Table[], extra: Partial<Schema> = {}): Schema => ({ schemas: ['public'], enums: [], tables, ...extra });

describe('differ and planner', () => {
  it('sortSchema drops an empty schemaComments list', () => {
    expect(canonicalJson(sortSchema(schema([], { schemaComments: [] })))).toBe(canonicalJson(schema([])));
  });

  it('finds every table option as one AlterTable change', () => {
    const to = table({ unlogged: true, storageParameters: ['fillfactor=70'], accessMethod: 'heap2', replicaIdentity: 'full', inherits: [{ schema: 'public', name: 'p' }] });
    const changes = diff(schema([table()]), schema([to]));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.kind === 'AlterTable' && changes[0]!.changed).toEqual(['unlogged', 'storageParameters', 'accessMethod', 'replicaIdentity', 'inherits']);
    expect(diff(schema([to]), schema([to]))).toEqual([]);
  });

  it('storage parameters: appended ones are set, anything else resets and sets in the target order', () => {
    expect(parameterChanges(['fillfactor=70'], ['fillfactor=70', 'autovacuum_enabled=false'])).toEqual({ set: ['autovacuum_enabled=false'], reset: [] });
    expect(parameterChanges(['a=1', 'b=2'], ['b=2', 'a=1'])).toEqual({ set: ['b=2', 'a=1'], reset: ['a', 'b'] });
    expect(parameterChanges(['a=1'], [])).toEqual({ set: [], reset: ['a'] });
  });

  it('a schema comment is its own change; public without a comment goes back to the stock one', () => {
    const commented = schema([], {
      schemas: ['app', 'public'],
      schemaComments: [
        { name: 'app', comment: 'x' },
        { name: 'public', comment: 'y' },
      ],
    });
    const plain = schema([], { schemas: ['app', 'public'] });
    expect(diff(plain, commented).map((c) => c.kind)).toEqual(['AlterSchemaComment', 'AlterSchemaComment']);
    const down = migration(commented, plain).upSql;
    expect(down).toContain(`COMMENT ON SCHEMA app IS NULL`);
    expect(down).toContain(`COMMENT ON SCHEMA public IS 'standard public schema'`);
  });

  it('a detached child keeps the parent columns: altered, not added', () => {
    const parent = table({ name: 'p', columns: [{ name: 'id', type: 'integer', nullable: false, default: '0' }] });
    const child = table({ name: 'c', columns: [{ name: 'extra', type: 'text', nullable: true }], inherits: [{ schema: 'public', name: 'p' }] });
    const detached = table({
      name: 'c',
      columns: [
        { name: 'id', type: 'integer', nullable: false },
        { name: 'extra', type: 'text', nullable: true },
      ],
    });
    const kinds = diff(schema([parent, child]), schema([parent, detached])).map((c) => (c.kind === 'AlterColumn' ? `${c.kind}:${c.changed.join()}` : c.kind));
    expect(kinds).toEqual(['AlterTable', 'AlterColumn:default,notNullName']);
  });

  it('creates parents before children and drops children first', () => {
    const parent = table({ name: 'zparent' });
    const child = table({ name: 'achild', columns: [], inherits: [{ schema: 'public', name: 'zparent' }] });
    const up = migration(schema([]), schema([parent, child])).upSql;
    expect(up.indexOf('CREATE TABLE public.zparent')).toBeLessThan(up.indexOf('CREATE TABLE public.achild'));
    expect(up).toContain('CREATE TABLE public.achild () INHERITS (public.zparent)');
    const down = migration(schema([parent, child]), schema([])).upSql;
    expect(down.indexOf('DROP TABLE public.achild')).toBeLessThan(down.indexOf('DROP TABLE public.zparent'));
  });
});

describe('read but not managed', () => {
  it('lists table and schema owners and tablespaces that differ from the defaults, and models grants as privileges', async () => {
    const role = `gen_tab_role_${process.pid}`;
    const { db, drop } = await tempQueryable('gen_tab_unmanaged');
    try {
      const plain = await introspect(db);
      expect(plain.unmanaged).toEqual([]);
      await db.exec(`CREATE ROLE ${role};
        CREATE SCHEMA owned AUTHORIZATION ${role};
        CREATE TABLE t (id integer); ALTER TABLE t OWNER TO ${role};
        CREATE TABLE g (id integer); GRANT SELECT ON g TO ${role};
        GRANT USAGE ON SCHEMA owned TO PUBLIC;`);
      const { schema: s, unmanaged } = await introspect(db);
      const kinds = unmanaged.map((u) => `${u.kind} ${u.schema}.${u.name}`);
      expect(kinds).toContain(`table owner public.t (${role})`);
      expect(kinds).toContain(`schema owner .owned (${role})`);
      expect(kinds.some((k) => k.includes('public (') && k.startsWith('schema'))).toBe(false);
      // Grants beyond the defaults are privileges objects, one part per grant; public's stock
      // grants are none.
      const privileges = (s.objects ?? []).filter((o) => o.kind === 'privileges').map((o) => [o.name, (o.parts ?? []).map((p) => p.add)]);
      expect(privileges).toEqual([
        ['schema owned', ['GRANT USAGE ON SCHEMA owned TO PUBLIC']],
        ['table g', [`GRANT SELECT ON TABLE public.g TO ${role}`]],
      ]);
      // Owners are not part of the model: the tables compare as before.
      expect(s.schemas).toEqual(['owned', 'public']);
      expect(diff(s, { ...s, tables: s.tables.map((t) => ({ ...t })) })).toEqual([]);
    } finally {
      await drop();
      // Roles belong to the server: dropped once the database that used it is gone.
      const admin = new pg.Client({ connectionString: `${process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432'}/postgres` });
      await admin.connect();
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});

const casesRoot = path.resolve(import.meta.dirname, 'exactness/cases');
const cases = readdirSync(casesRoot)
  .filter((n) => /^(tab|col|sch)-/.test(n))
  .sort()
  .filter((n) => {
    const first = (f: string) => readFileSync(path.join(casesRoot, n, f), 'utf8').split('\n', 1)[0] ?? '';
    const m = /^--\s*requires:\s*(.*)$/.exec(first('before.sql')) ?? /^--\s*requires:\s*(.*)$/.exec(first('after.sql'));
    return !m || m[1]!.split(/[\s,]+/).every((w) => w === 'lz4' || w === '' || Number(w) <= 15);
  });

describe('exactness cases up and down on PostgreSQL 15', () => {
  it.each(sample(cases, 2))(
    '%s',
    async (name) => {
      const load = async (file: string): Promise<Schema> => {
        const { db, drop } = await tempQueryable(`gen_tab_${name.replace(/\W/g, '_')}`);
        try {
          await runScript(db, readFileSync(path.join(casesRoot, name, file), 'utf8'), `${name}/${file}`);
          return (await introspect(db)).schema;
        } finally {
          await drop();
        }
      };
      const want = await load('after.sql');
      const { db, drop } = await tempQueryable(`gen_tab_${name.replace(/\W/g, '_')}`);
      try {
        await runScript(db, readFileSync(path.join(casesRoot, name, 'before.sql'), 'utf8'), `${name}/before.sql`);
        const before = (await introspect(db)).schema;
        const m = migration(before, want, { title: name });
        await runScript(db, m.upSql, `${name}/up.sql`);
        const got = (await introspect(db)).schema;
        expect(comparable(got)).toEqual(comparable(want));
        expect(diff(got, want)).toEqual([]);
        if (name === 'tab-inherits-detach' || name === 'tab-inherits-attach-back') {
          // Back would make the detached columns inherited-only, which PostgreSQL cannot do.
          await expect(runScript(db, m.downSql, `${name}/down.sql`)).rejects.toThrow(/cannot make a column inherited-only/);
          return;
        }
        await runScript(db, m.downSql, `${name}/down.sql`);
        expect(comparable((await introspect(db)).schema)).toEqual(comparable(before));
      } finally {
        await drop();
      }
    },
    60_000,
  );
});
