/** The Mermaid renderer and the table filters (src/erd): cardinalities, markers, names made safe
 * (schema-qualified, hostile, colliding), sorted output; `--tables` patterns, `--schema-name`
 * and neighbours. Every diagram is checked against the shapes Mermaid's erDiagram lexer reads
 * (test/mermaid-check.ts), so a name can only ever be a name. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/dbml/index.js';
import { diff } from '../src/diff/index.js';
import { tablesTouched } from '../src/diff/touched.js';
import { selectTables, tablePatterns, withNeighbours } from '../src/erd/filter.js';
import { erDiagram } from '../src/erd/mermaid.js';
import { attributeWord, quotedText, shortType, tableKey } from '../src/erd/names.js';
import type { Column, Schema, Table } from '../src/model/types.js';
import { FRAGMENTS, hostileName } from './injection-cases.js';
import { checkShape } from './mermaid-check.js';

function schemaOf(dbml: string): Schema {
  const r = parse(dbml, 'test.dbml');
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.schema!;
}

describe('erDiagram', () => {
  it('draws columns with short types and PK / FK / UK markers, and one line per foreign key with its cardinality', () => {
    const s = schemaOf(`
Table users {
  id int [pk]
  email varchar(255) [unique, not null]
  created_at timestamptz
  price numeric(10,2)
}
Table profiles {
  user_id int [pk, ref: - users.id]
  bio text
}
Table orders {
  id bigint [pk]
  user_id int [not null, ref: > users.id]
  reviewer_id int [ref: > users.id]
}
Table replies {
  id int [pk]
  parent_id int [ref: > replies.id]
}
`);
    const d = erDiagram(s);
    expect(d.text).toBe(`erDiagram
  "orders" {
    bigint id PK
    integer user_id FK
    integer reviewer_id FK
  }
  "profiles" {
    integer user_id PK, FK
    text bio
  }
  "replies" {
    integer id PK
    integer parent_id FK
  }
  "users" {
    integer id PK
    varchar(255) email UK
    timestamptz created_at
    numeric(10_2) price "numeric(10,2)"
  }
  "users" |o--o{ "orders" : "reviewer_id"
  "users" ||--o{ "orders" : "user_id"
  "users" ||--o| "profiles" : "user_id"
  "replies" |o--o{ "replies" : "parent_id"
`);
    expect(checkShape(d.text)).toEqual({ entities: 4, attributes: 11, relationships: 4 });
    expect(d.relationships.map((r) => [r.child.name, r.name, r.parentEnd, r.childEnd])).toEqual([
      ['orders', 'orders_reviewer_id_fkey', 'zero-or-one', 'zero-or-many'],
      ['orders', 'orders_user_id_fkey', 'one', 'zero-or-many'],
      ['profiles', 'profiles_user_id_fkey', 'one', 'zero-or-one'],
      ['replies', 'replies_parent_id_fkey', 'zero-or-one', 'zero-or-many'],
    ]);
  });

  it('one-to-one when the foreign key columns hold a unique key; a partial unique index does not count', () => {
    const s = schemaOf(`
Table a {
  x int
  y int
  indexes { (x, y) [pk] }
}
Table by_unique {
  id int [pk]
  ax int [not null]
  ay int [not null]
  indexes { (ay, ax) [unique] }
}
Table by_part {
  id int [pk]
  ax int [unique]
  ay int
}
Table by_neither {
  id int [pk]
  ax int
  ay int
  indexes { (ax, ay) [unique, name: 'partial'] }
}
Ref: by_unique.(ax, ay) > a.(x, y)
Ref: by_part.(ax, ay) > a.(x, y)
Ref: by_neither.(ax, ay) > a.(x, y)
`);
    const partial = { ...s, tables: s.tables.map((t) => (t.name === 'by_neither' ? { ...t, indexes: t.indexes.map((i) => ({ ...i, where: 'ax > 0' })) } : t)) };
    const ends = erDiagram(partial).relationships.map((r) => [r.child.name, r.parentEnd, r.childEnd]);
    expect(ends).toEqual([
      ['by_neither', 'zero-or-one', 'zero-or-many'],
      ['by_part', 'zero-or-one', 'zero-or-one'],
      ['by_unique', 'one', 'zero-or-one'],
    ]);
  });

  it('qualifies tables outside public, sorts by schema then name whatever the input order, and keeps colliding names apart', () => {
    const s = schemaOf(`
Table "b" { id int [pk] }
Table sales."a.b" { id int [pk] }
Table "a.b" { id int [pk]
  r int [ref: > a.b.id] }
Table a.b { id int [pk] }
Table "a\\"b" { id int }
`);
    const d = erDiagram(s);
    const headers = d.text.split('\n').filter((l) => /^ {2}"/.test(l) && !l.includes('--'));
    expect(headers).toEqual(['  "a.b" {', '  "a_b" {', '  "a.b_2" {', '  "b" {', '  "sales.a.b" {']);
    expect(d.tables.map((t) => `${t.schema}|${t.name}`)).toEqual(['a|b', 'public|a"b', 'public|a.b', 'public|b', 'sales|a.b']);
    expect(d.text).toContain('  "a.b" |o--o{ "a.b_2" : "r"');
    const reversed = { ...s, tables: [...s.tables].reverse() };
    expect(erDiagram(reversed).text).toBe(d.text);
    checkShape(d.text);
  });

  it('a table without columns is a bare entity; the kept set limits tables and lines', () => {
    const s = schemaOf('Table a { id int [pk] }\nTable b {\n  id int [pk]\n  a_id int [ref: > a.id]\n}\n');
    const empty: Table = { ...s.tables[0]!, name: 'empty', columns: [], primaryKey: undefined } as Table;
    const withEmpty = { ...s, tables: [...s.tables, empty] };
    expect(erDiagram(withEmpty).text).toContain('\n  "empty"\n');
    const onlyB = erDiagram(withEmpty, new Set([tableKey({ schema: 'public', name: 'b' })]));
    expect(onlyB.text).toBe('erDiagram\n  "b" {\n    integer id PK\n    integer a_id FK\n  }\n');
    expect(onlyB.relationships).toEqual([]);
  });

  it('hostile names stay names: every line keeps its shape, every table, column and foreign key is drawn', () => {
    const column = (name: string, type: string): Column => ({ name, type, nullable: true });
    const table = fc.record({ schema: fc.oneof(fc.constant('public'), hostileName('①')), name: hostileName('②'), c1: hostileName('③'), c2: hostileName('④'), type: fc.oneof(fc.constant('integer'), hostileName('⑤')), fk: hostileName('⑥') });
    fc.assert(
      fc.property(fc.array(table, { minLength: 1, maxLength: 4 }), (specs) => {
        const tables: Table[] = specs.map((t, i) => ({
          schema: t.schema,
          name: `${t.name}${i}`,
          columns: [column(t.c1, 'integer'), column(t.c2, t.type)],
          primaryKey: { name: `pk${i}`, columns: [t.c1] },
          uniques: [],
          indexes: [],
          foreignKeys: [],
          checks: [],
        }));
        // Each table references the next (the last one itself), through its second column.
        const linked = tables.map((t, i) => {
          const p = tables[(i + 1) % tables.length]!;
          const fk = {
            name: specs[i]!.fk,
            columns: [t.columns[1]!.name],
            refSchema: p.schema,
            refTable: p.name,
            refColumns: [p.columns[0]!.name],
            onDelete: 'NO ACTION' as const,
            onUpdate: 'NO ACTION' as const,
            deferrable: false,
            initiallyDeferred: false,
          };
          return { ...t, foreignKeys: [fk] };
        });
        const d = erDiagram({ schemas: ['public'], enums: [], tables: linked });
        expect(checkShape(d.text)).toEqual({ entities: tables.length, attributes: 2 * tables.length, relationships: tables.length });
      }),
      { numRuns: Number(process.env['GEN_PROPERTY_RUNS'] ?? 300), seed: Number(process.env['GEN_PROPERTY_SEED'] ?? 1) },
    );
  });

  it('each fragment of the injection cases alone, as a table, column, type and label', () => {
    for (const f of [...FRAGMENTS, 'direction TB', 'x DIRECTION\tlr y', 'pk', 'FK-a', 'uk(', '%%{init}%%', '"}', '~a~', '</details><script>', '```']) {
      const t: Table = { schema: f, name: f, columns: [{ name: f, type: f, nullable: false }], primaryKey: { name: 'p', columns: [f] }, uniques: [], indexes: [], foreignKeys: [], checks: [] };
      const fk = { name: f, columns: [f], refSchema: f, refTable: f, refColumns: [f], onDelete: 'NO ACTION' as const, onUpdate: 'NO ACTION' as const, deferrable: false, initiallyDeferred: false };
      expect(checkShape(erDiagram({ schemas: ['public'], enums: [], tables: [{ ...t, foreignKeys: [fk] }] }).text)).toEqual({ entities: 1, attributes: 1, relationships: 1 });
    }
  });
});

describe('names', () => {
  it('quoted text loses what the lexer or the renderer would read, and the direction statement', () => {
    expect(quotedText('a"b%c\\d\ne~f<g>h&i#j`k\u202el')).toBe('a_b_c_d_e_f_g_h_i_j_k_l');
    expect(quotedText('my direction  LR table')).toBe('my direction_LR table');
    expect(quotedText('名前 😀 é')).toBe('名前 😀 é');
  });
  it('attribute words are ASCII words that never start like a key marker', () => {
    expect(['id', 'pk', 'PK-x', 'pkey', 'uk', 'fk(1)', '1st', '名前', 'a b', 'int[]'].map(attributeWord)).toEqual(['id', '_pk', '_PK-x', 'pkey', '_uk', '_fk(1)', '_1st', '__', 'a_b', 'int[]']);
  });
  it('types take their short names', () => {
    expect(['character varying(20)', 'character(3)', 'characters', 'timestamp(3) with time zone', 'time without time zone', 'double precision', 'bit varying(4)[]', '"My Enum"', 'character varying[]'].map(shortType)).toEqual([
      'varchar(20)',
      'char(3)',
      'characters',
      'timestamptz(3)',
      'time',
      'float8',
      'varbit(4)[]',
      'My Enum',
      'varchar[]',
    ]);
  });
});

describe('filters', () => {
  const s = schemaOf(`
Table users { id int [pk] }
Table user_roles {
  id int [pk]
  user_id int [ref: > users.id]
}
Table orders {
  id int [pk]
  user_id int [ref: > users.id]
}
Table audit { id int [pk] }
Table sales.users { id int [pk] }
Table sales.coupons { id int [pk] }
`);
  const names = (kept: ReadonlySet<string>) => [...kept].map((k) => k.replace('\u0000', '.')).sort();
  it('splits a --tables list', () => {
    expect(tablePatterns(' users, sales.*,,orders ')).toEqual(['users', 'sales.*', 'orders']);
  });
  it('matches names in any schema, schema.name, and * globs; reports patterns that match nothing', () => {
    expect(names(selectTables(s, { tables: ['users'] }).kept)).toEqual(['public.users', 'sales.users']);
    expect(names(selectTables(s, { tables: ['public.users', 'user*'] }).kept)).toEqual(['public.user_roles', 'public.users', 'sales.users']);
    expect(names(selectTables(s, { tables: ['sales.*'] }).kept)).toEqual(['sales.coupons', 'sales.users']);
    expect(selectTables(s, { tables: ['users', 'nope', 'x.*'] }).unmatched).toEqual(['nope', 'x.*']);
    // Regular-expression characters are themselves.
    expect(selectTables(s, { tables: ['user.'] }).unmatched).toEqual(['user.']);
  });
  it('--schema-name keeps one schema (and combines with --tables); an unknown schema is reported', () => {
    expect(names(selectTables(s, { schemaName: 'sales' }).kept)).toEqual(['sales.coupons', 'sales.users']);
    expect(names(selectTables(s, { schemaName: 'sales', tables: ['users'] }).kept)).toEqual(['sales.users']);
    expect(selectTables(s, { schemaName: 'sales', tables: ['orders'] }).unmatched).toEqual(['orders']);
    expect(selectTables(s, { schemaName: 'nope' }).schemaFound).toBe(false);
    expect(names(selectTables(s, {}).kept)).toHaveLength(6);
  });
  it('neighbours are one foreign key away, either way', () => {
    expect(names(withNeighbours(s, selectTables(s, { tables: ['orders'] }).kept))).toEqual(['public.orders', 'public.users']);
    expect(names(withNeighbours(s, selectTables(s, { tables: ['public.users'] }).kept))).toEqual(['public.orders', 'public.user_roles', 'public.users']);
  });
});

describe('tablesTouched', () => {
  it('names each table a change touches once, a renamed one by its new name, an enum rebuild by the tables that use the enum', () => {
    const from = schemaOf('Enum s {\n  a\n  b\n}\nTable old { id int [pk] }\nTable t {\n  id int [pk]\n  st s\n}\nTable u { id int [pk] }\nTable gone { id int }\n');
    const toText = "Enum s {\n  a\n}\nTable new [renamed_from: 'old'] { id int [pk] }\nTable t {\n  id int [pk]\n  st s\n  x int\n}\nTable u { id int [pk] }\nEnum e {\n  z\n}\n";
    const changes = diff(from, schemaOf(toText), { renames: parse(toText, 'test.dbml').renames ?? [] });
    expect(changes.map((c) => c.kind)).toContain('RenameTable');
    expect(changes.map((c) => c.kind)).toContain('RecreateEnum');
    expect(
      tablesTouched(changes)
        .map((t) => `${t.schema}.${t.name}`)
        .sort(),
    ).toEqual(['public.gone', 'public.new', 'public.t']);
  });
});
