/** `gen erd` as a user runs it, on a DBML file (with its schema.sql twin), on a PostgreSQL
 * database and on a PGlite folder; and the erd use case's rules (patterns that match nothing,
 * an unknown schema, both sources at once). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { erd } from '../src/use-cases/erd.js';
import { tempDatabase } from './pg.js';
import { q } from './injection-cases.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const SERVER = process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432';
const gen = (args: string[], cwd: string) => {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
};

const SCHEMA = `Table users {
  id int [pk]
  email text [unique, not null]
}
Table orders {
  id int [pk]
  user_id int [not null, ref: > users.id]
}
Table sales.coupons {
  id int [pk]
  order_id int [unique, ref: - orders.id]
}
Table audit { id int [pk] }
`;

function project(files: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), 'gen-erd-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(d, name), text);
  return d;
}

describe('gen erd on schema files', () => {
  it('prints the diagram of schema.dbml by default', () => {
    const r = gen(['erd'], project({ 'schema.dbml': SCHEMA }));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`erDiagram
  "audit" {
    integer id PK
  }
  "orders" {
    integer id PK
    integer user_id FK
  }
  "users" {
    integer id PK
    text email UK
  }
  "sales.coupons" {
    integer id PK
    integer order_id FK, UK
  }
  "users" ||--o{ "orders" : "user_id"
  "orders" |o--o| "sales.coupons" : "order_id"
`);
  });

  it('--tables, --schema-name and --neighbours choose the tables; lines only between kept ones', () => {
    const d = project({ 'schema.dbml': SCHEMA });
    const only = gen(['erd', '--tables', 'orders,audit'], d);
    expect(only.stdout).toContain('"orders" {');
    expect(only.stdout).toContain('"audit" {');
    expect(only.stdout).not.toContain('"users"');
    expect(only.stdout).not.toContain('--');
    expect(gen(['erd', '--tables', 'orders', '--neighbours'], d).stdout.match(/^ {2}"[^"]+" \{$/gm)).toEqual(['  "orders" {', '  "users" {', '  "sales.coupons" {']);
    expect(gen(['erd', '--schema-name', 'sales'], d).stdout).toBe('erDiagram\n  "sales.coupons" {\n    integer id PK\n    integer order_id FK, UK\n  }\n');
    expect(gen(['erd', '--tables', 'sales.*', '--format', 'mermaid'], d).stdout).toContain('"sales.coupons" {');
  });

  it('reads the schema.sql twin (a foreign key only SQL states is drawn), and --schema names another file', () => {
    const d = project({ 'app.dbml': 'Table a { id int [pk] }\nTable b {\n  id int [pk]\n  a_id int\n}\n', 'app.sql': 'ALTER TABLE b ADD CONSTRAINT b_a FOREIGN KEY (a_id) REFERENCES a (id) DEFERRABLE;\n' });
    const r = gen(['erd', '--schema', 'app.dbml'], d);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('  "a" |o--o{ "b" : "a_id"\n');
  });

  it('fails clearly: an unknown format is a usage error, a pattern that matches nothing or a missing file an error', () => {
    const d = project({ 'schema.dbml': SCHEMA });
    const svg = gen(['erd', '--format', 'svg'], d);
    expect(svg.status).toBe(2);
    expect(svg.stderr).toContain("argument 'svg' is invalid. Allowed choices are mermaid.");
    const nope = gen(['erd', '--tables', 'users,nope*'], d);
    expect(nope.status).toBe(1);
    expect(nope.stderr).toBe('error: --tables: no table matches nope*\n');
    expect(gen(['erd', '--schema-name', 'nope'], d).stderr).toBe('error: --schema-name nope: no such schema (there are: public, sales)\n');
    const missing = gen(['erd'], project({}));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error: schema\.dbml: no such file; run gen init/);
    expect(gen(['erd', '--schema', 'schema.dbml', '--url', 'postgres://x@127.0.0.1:1/x'], d).stderr).toBe('error: --schema and --url are alternatives: give one\n');
  });
});

describe('gen erd on a database', () => {
  it('--url introspects PostgreSQL; hostile names stay inside their quotes', async () => {
    const tmp = await tempDatabase('gen_erd');
    try {
      const hostile = 'x" ||--o{ "y : z\n%% direction TB';
      await tmp.client.query(`CREATE SCHEMA app;
        CREATE TABLE app.${q(hostile)} (id bigint PRIMARY KEY, ${q('pk')} text);
        CREATE TABLE public.child (id int PRIMARY KEY, parent_id bigint NOT NULL UNIQUE REFERENCES app.${q(hostile)} (id));`);
      const r = gen(['erd', '--url', `${SERVER}/${tmp.name}`], tmpdir());
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`erDiagram
  "app.x_ ||--o{ _y : z___ direction_TB" {
    bigint id PK
    text _pk "pk"
  }
  "child" {
    integer id PK
    bigint parent_id FK, UK
  }
  "app.x_ ||--o{ _y : z___ direction_TB" ||--o| "child" : "parent_id"
`);
    } finally {
      await tmp.drop();
    }
  });

  it('a pglite: folder, through the use case', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-erd-pglite-'));
    const db = await connect(`pglite:${dir}`);
    try {
      await db.query('CREATE TABLE a (id int PRIMARY KEY)');
      await db.query('CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id))');
    } finally {
      await db.close();
    }
    const r = await erd({ url: `pglite:${dir}` });
    expect(r.tables).toEqual([
      { schema: 'public', name: 'a' },
      { schema: 'public', name: 'b' },
    ]);
    expect(r.relationships.map((x) => [x.parent.name, x.child.name, x.parentEnd, x.childEnd])).toEqual([['a', 'b', 'zero-or-one', 'zero-or-many']]);
    expect(r.text).toContain('  "a" |o--o{ "b" : "a_id"\n');
  });
});
