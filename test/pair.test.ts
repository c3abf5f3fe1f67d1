/** The desired state as schema.dbml plus schema.sql beside it: loading the pair (SQL built on the
 * shadow database after the DBML), its errors with file:line:col, and `gen pull --out` writing a
 * pair that diffs empty against the database it came from. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempQueryable } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const gen = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, env: { ...process.env, DATABASE_URL: '' } });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gen-pair-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const d = path.join(dir, name);
  mkdirSync(d, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(d, f), text);
  return d;
}

const DBML = `Table users {
  id integer [pk]
  counter bigint [default: \`nextval('counter_seq'::regclass)\`]
  email text
}
Table posts {
  id integer [pk]
  user_id integer [ref: > users.id]
  title text [note: 'the title']
}
`;

describe('schema.dbml + schema.sql', () => {
  it('reads the SQL beside the DBML, in either order of dependency', () => {
    const d = project('ok', {
      'schema.dbml': DBML,
      'schema.sql': "CREATE SEQUENCE counter_seq;\nCREATE INDEX posts_title_lower ON posts (lower(title));\nCOMMENT ON TABLE posts IS 'from sql';\n",
    });
    const v = gen(['validate'], d);
    expect(v.stderr).toBe('');
    expect(v.stdout).toBe('schema.dbml + schema.sql: ok — 2 tables, 6 columns, 1 ref, 0 enums\n');
    const script = gen(['diff', '--from-empty', '--to-schema', 'schema.dbml', '--script'], d);
    expect(script.status).toBe(0);
    expect(script.stdout).toContain('CREATE INDEX posts_title_lower ON public.posts ((lower(title)))');
    expect(script.stdout).toContain("COMMENT ON TABLE public.posts IS 'from sql'");
    // Naming the SQL file reads the same pair.
    expect(gen(['validate', 'schema.sql'], d).stdout).toBe(v.stdout);
  });

  it('reads a schema folder of .dbml and .sql files', () => {
    const d = project('folder/schema', {
      'a-users.dbml': 'Table users {\n  id integer [pk]\n}\n',
      'b-posts.dbml': 'Table posts {\n  id integer [pk]\n  user_id integer\n}\n',
      'refs.sql': 'ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);\n',
    });
    const v = gen(['validate', 'schema'], path.dirname(d));
    expect(v.stderr).toBe('');
    expect(v.stdout).toContain('2 tables, 3 columns, 1 ref');
  });

  it.each([
    ['a statement PostgreSQL rejects', 'CREATE SEQUENCE counter_seq;\n\nCREATE INDEX posts_x ON posts (nope);\n', 'schema.sql:3:1: error SQL_REJECTED', 'column "nope" does not exist'],
    ['a syntax error', 'CREATE SEQUENCE counter_seq;\n  CREATE TABLEX;\n', 'schema.sql:2:10: error SQL_SYNTAX', 'syntax error at or near "TABLEX"'],
    ['a table defined twice', 'CREATE SEQUENCE counter_seq;\nCREATE TABLE posts (id int);\n', 'schema.sql:2:1: error DEFINED_TWICE', 'defined twice'],
    ['a comment set in both files', "CREATE SEQUENCE counter_seq;\nCOMMENT ON COLUMN posts.title IS 'again';\n", 'schema.sql:2:1: error DEFINED_TWICE', 'the comment on column public.posts.title is set in schema.dbml already'],
    ['transaction control', 'BEGIN;\nCREATE SEQUENCE counter_seq;\nCOMMIT;\n', 'schema.sql:1:1: error SQL_TRANSACTION', 'no place in a schema file'],
    ['a missing dependency', 'CREATE INDEX posts_x ON posts (title);\n', 'error SQL_REJECTED', 'relation "counter_seq" does not exist'],
  ])('refuses %s with its location', (_name, sql, where, what) => {
    const d = project(`bad-${_name.replace(/\W/g, '-')}`, { 'schema.dbml': DBML, 'schema.sql': sql });
    for (const args of [['validate'], ['diff', '--from-empty', '--to-schema', 'schema.dbml']]) {
      const r = gen(args, d);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(where);
      expect(r.stderr).toContain(what);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });
});

describe('gen pull --out writes the pair', () => {
  it('round-trips what DBML cannot say through schema.sql, and pulls twice to the same bytes', async () => {
    const tmp = await tempQueryable('gen_pair_pull');
    try {
      await tmp.db.exec(`
        CREATE TABLE a (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text COLLATE "C", total int, email text);
        CREATE UNIQUE INDEX a_email_lower ON a (lower(email)) WHERE email IS NOT NULL;
        CREATE INDEX a_name_desc ON a (name DESC) INCLUDE (total);
        CREATE TABLE b (id int PRIMARY KEY, a_id int, x int, y int,
          CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES a (id) DEFERRABLE INITIALLY DEFERRED,
          CONSTRAINT b_xy UNIQUE (x, y));
        ALTER TABLE b ADD CONSTRAINT b_pos CHECK (id > 0) NOT VALID;
        COMMENT ON TABLE b IS 'bees';
        CREATE TYPE mood AS ENUM ('a', 'b');
        COMMENT ON TYPE mood IS 'moody';`);
      const d = project('pulled', {});
      const out = path.join(d, 'schema.dbml');
      const pull = () => gen(['pull', '--url', tmp.url, '--out', out], d);
      expect(pull().status).toBe(0);
      const dbml = readFileSync(out, 'utf8');
      const sql = readFileSync(path.join(d, 'schema.sql'), 'utf8');
      expect(dbml).toContain('schema.sql beside this file');
      expect(sql).toContain('CREATE INDEX a_name_desc ON public.a (name DESC) INCLUDE (total)');
      expect(sql).toContain('DEFERRABLE INITIALLY DEFERRED');
      expect(sql).toContain('NOT VALID');
      expect(sql).not.toMatch(/\bDROP\b/);
      const again = gen(['diff', '--from-url', tmp.url, '--to-schema', out], d);
      expect(again.stderr).toBe('');
      expect(again.stdout).toContain('No differences');
      expect(pull().status).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(dbml);
      expect(readFileSync(path.join(d, 'schema.sql'), 'utf8')).toBe(sql);

      // Once DBML says everything, a schema.sql from an earlier pull is removed.
      await tmp.db.exec('DROP TABLE b; DROP TABLE a; DROP TYPE mood; CREATE TABLE plain (id int PRIMARY KEY)');
      expect(pull().status).toBe(0);
      expect(existsSync(path.join(d, 'schema.sql'))).toBe(false);
      expect(gen(['pull', '--url', tmp.url, '--out', path.join(d, 'x.sql')], d).stderr).toContain('name the DBML file');
    } finally {
      await tmp.drop();
    }
  });
});

describe('gen dev and gen status read the pair', () => {
  it('turns an edit of schema.sql into a migration, and status sees an unmigrated edit of it', () => {
    const d = project('dev', { 'schema.dbml': 'Table users {\n  id integer [pk]\n  email text\n}\n' });
    expect(gen(['init'], d).status).toBe(0);
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: d, input: '' });
    expect(run('dev', '--name', 'init').status).toBe(0);
    writeFileSync(path.join(d, 'schema.sql'), "CREATE INDEX users_email_lower ON users (lower(email));\nCOMMENT ON INDEX users_email_lower IS 'lookups';\n");
    const r = run('dev', '--name', 'email_index');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [migration] = readdirSync(path.join(d, 'migrations')).filter((n) => n.endsWith('_email_index'));
    const sql = readFileSync(path.join(d, 'migrations', migration!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE INDEX CONCURRENTLY users_email_lower ON public.users ((lower(email)))');
    expect(sql).toContain("COMMENT ON INDEX public.users_email_lower IS 'lookups'");
    expect(run('status').stdout).toContain('schema.dbml + schema.sql matches the migrations');
    expect(run('dev', '--name', 'none').stdout).toContain('schema.dbml + schema.sql and the migrations agree: nothing to do.');
    writeFileSync(path.join(d, 'schema.sql'), 'CREATE INDEX users_email_lower ON users (lower(email));\n');
    const st = run('status');
    expect(st.status).toBe(1);
    expect(st.stdout).toContain('schema.dbml + schema.sql was edited but no migration was generated');
    // Six gen processes, each with an embedded database: slow on a loaded machine.
  }, 240_000);
});
