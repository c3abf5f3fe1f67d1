/** Bad paths and states (a missing migrations folder, a folder where a file belongs, `gen dev`
 * before `gen init`, a file that is not UTF-8, an empty schema): one clear line, a non-zero exit,
 * nothing left behind. And every command with `--json` prints exactly one JSON object in every
 * outcome; `--format github` prints an annotation for an error. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumText } from '../src/migrations/sum.js';
import { tempDatabase } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const SERVER = process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432';

function gen(args: readonly string[], cwd: string) {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` with a hash of its bytes: what "nothing left behind" compares. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) {
        out[`${path.relative(dir, p)}/`] = '';
        walk(p);
      } else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const SCHEMA = 'Table users {\n  id int [pk]\n  email text\n}\n';
const INIT_SQL = 'CREATE TABLE public.users (id integer PRIMARY KEY);\n';

function project(opts: { schema?: string | Buffer; migrations?: boolean } = {}): string {
  const d = mkdtempSync(path.join(tmpdir(), 'gen-fail-'));
  if (opts.schema !== undefined) writeFileSync(path.join(d, 'schema.dbml'), opts.schema);
  if (opts.migrations !== false) {
    const dir = path.join(d, 'migrations');
    mkdirSync(path.join(dir, '20260101000000_init'), { recursive: true });
    writeFileSync(path.join(dir, '20260101000000_init', 'migration.sql'), INIT_SQL);
    writeFileSync(path.join(dir, 'gen.sum'), sumText([{ name: '20260101000000_init', file: '', sql: INIT_SQL }]));
  }
  return d;
}

/** The run failed with one `error: …` line matching `message`, and left `dir` as it was. */
function expectCleanFailure(r: ReturnType<typeof gen>, message: RegExp, dir: string, before: Record<string, string>): void {
  expect(r.status, r.stderr).toBe(1);
  expect(r.stderr).toMatch(/^error: [^\n]*\n$/);
  expect(r.stderr).toMatch(message);
  expect(tree(dir)).toEqual(before);
}

describe('bad paths and states', () => {
  let db: Awaited<ReturnType<typeof tempDatabase>>;
  let url: string;
  beforeAll(async () => {
    db = await tempDatabase('gen_fail');
    url = `${SERVER}/${db.name}`;
  });
  afterAll(async () => {
    await db?.drop();
  });
  const historyExists = async () => (await db.client.query("SELECT 1 FROM pg_class WHERE relname = '_gen_migrations'")).rowCount! > 0;

  it('gen dev and gen status before gen init say to run gen init, and write nothing', () => {
    const d = mkdtempSync(path.join(tmpdir(), 'gen-fail-'));
    for (const args of [['dev', '--name', 'x'], ['status']]) expectCleanFailure(gen(args, d), /not found; run gen init|no such file; run gen init/, d, {});
  });

  it('a missing migrations folder is an error for every command that reads it, before any database is touched', async () => {
    const d = project({ schema: SCHEMA, migrations: false });
    const before = tree(d);
    for (const args of [
      ['deploy', '--url', url],
      ['status', '--url', url],
      ['resolve', '--applied', 'x', '--url', url],
      ['reset', '--url', url],
      ['dev', '--name', 'x', '--url', url],
      ['lint'],
      ['diff', '--from-migrations', 'migrations', '--to-empty'],
    ]) {
      expectCleanFailure(gen(args, d), /migrations folder .*not found; run gen init/, d, before);
    }
    expect(await historyExists()).toBe(false);
  });

  it('a file where a folder belongs, and a folder where a file belongs', () => {
    const d = project({ schema: SCHEMA });
    mkdirSync(path.join(d, 'adir'));
    writeFileSync(path.join(d, 'afile'), 'x');
    const before = tree(d);
    for (const args of [
      ['validate', 'adir'],
      ['format', 'adir'],
      ['format', '--check', 'adir'],
      ['diff', '--from-empty', '--to-schema', 'adir'],
      ['dev', '--name', 'x', '--schema', 'adir'],
      ['status', '--schema', 'adir'],
    ]) {
      // A folder may be a schema folder (*.dbml and *.sql): an empty one is refused as such.
      expectCleanFailure(gen(args, d), /adir is a folder without \.dbml or \.sql files; expected a schema file or a schema folder/, d, before);
    }
    expectCleanFailure(gen(['pull', '--url', 'pglite:memory', '--out', 'adir'], d), /adir is a folder; expected a file/, d, before);
    const i = mkdtempSync(path.join(tmpdir(), 'gen-fail-'));
    writeFileSync(path.join(i, 'migrations'), 'not a folder');
    const iBefore = tree(i);
    expectCleanFailure(gen(['init'], i), /migrations is a file; expected the migrations folder/, i, iBefore);
    for (const args of [
      ['deploy', '--url', url, '--migrations', 'afile'],
      ['status', '--migrations', 'afile'],
      ['dev', '--name', 'x', '--migrations', 'afile'],
    ]) {
      expectCleanFailure(gen(args, d), /afile is a file; expected the migrations folder/, d, before);
    }
  });

  it('a file that is not UTF-8 is named with the line and column of the first bad byte', async () => {
    const d = project({ schema: Buffer.from([...Buffer.from('Table t {\n  a int\n  '), 0xff, ...Buffer.from(' b int\n}\n')]) });
    const before = tree(d);
    for (const args of [['validate'], ['format'], ['format', '--check'], ['dev', '--name', 'x'], ['status'], ['diff', '--from-empty', '--to-schema', 'schema.dbml']]) {
      expectCleanFailure(gen(args, d), /schema\.dbml:3:3: not valid UTF-8 \(byte 0xff\)/, d, before);
    }
    // A migration that is not UTF-8: deploy refuses before connecting, lint names it.
    const m = project({ schema: SCHEMA });
    writeFileSync(path.join(m, 'migrations', '20260101000000_init', 'migration.sql'), Buffer.from([0x53, 0x45, 0x4c, 0xc3, 0x28]));
    const mBefore = tree(m);
    expectCleanFailure(gen(['deploy', '--url', url], m), /migration\.sql:1:4: not valid UTF-8/, m, mBefore);
    expectCleanFailure(gen(['lint'], m), /migration\.sql:1:4: not valid UTF-8/, m, mBefore);
    expect(await historyExists()).toBe(false);
  });

  it('an empty schema file is refused: it would drop every table', () => {
    const d = project({ schema: '  \n\n' });
    const before = tree(d);
    for (const args of [['validate'], ['dev', '--name', 'x'], ['status'], ['diff', '--from-empty', '--to-schema', 'schema.dbml']]) {
      expectCleanFailure(gen(args, d), /schema\.dbml is empty/, d, before);
    }
    // A comment says "no tables on purpose".
    writeFileSync(path.join(d, 'schema.dbml'), '// no tables\n');
    expect(gen(['validate'], d).status).toBe(0);
  });

  it('a reader that closes the pipe early ends gen quietly (no EPIPE stack trace)', () => {
    const d = mkdtempSync(path.join(tmpdir(), 'gen-fail-'));
    writeFileSync(path.join(d, 'big.dbml'), Array.from({ length: 5000 }, (_, i) => `table   t${i} {\n  id   int [ PK ]\n}`).join('\n'));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" format --check big.dbml | head -1`], { cwd: d, encoding: 'utf8' });
    expect(r.stdout).toBe('Index: big.dbml\n');
    expect(r.stderr).toBe('');
  });

  it('a migration folder without its migration.sql is an error, not a skipped migration', () => {
    const d = project({ schema: SCHEMA });
    mkdirSync(path.join(d, 'migrations', '20260102000000_half'));
    const before = tree(d);
    expectCleanFailure(gen(['status'], d), /20260102000000_half has no migration\.sql/, d, before);
  });

  it('gen dev refusing a data-losing migration leaves the folder and gen.sum as they were', () => {
    const d = project({ schema: 'Table other {\n  id int [pk]\n}\n' });
    // A migration edited before it was applied anywhere: dev rewrites gen.sum for it on success only.
    writeFileSync(path.join(d, 'migrations', '20260101000000_init', 'migration.sql'), `${INIT_SQL}-- edited\n`);
    const before = tree(d);
    const r = gen(['dev', '--name', 'swap', '--url', 'pglite:memory'], d);
    expectCleanFailure(r, /deletes data.*--accept-data-loss/, d, before);
  });
});

describe('machine-readable output on failure', () => {
  const oneObject = (stdout: string) => {
    const v = JSON.parse(stdout) as { ok: boolean; error?: { code: string; message: string } };
    expect(v.ok).toBe(false);
    return v.error!;
  };

  it('status, diff and lint print exactly one JSON object for parse errors, missing files, refused connections and usage errors', () => {
    const d = project({ schema: 'Table users {\n  id int [pk, pk]\n}\n' });
    expect(oneObject(gen(['status', '--json'], d).stdout)).toMatchObject({ code: 'schema-invalid' });
    const diag = JSON.parse(gen(['diff', '--from-empty', '--to-schema', 'schema.dbml', '--json'], d).stdout) as { error: { diagnostics: unknown[] } };
    expect(diag.error.diagnostics).toEqual([11, 15].map((column) => ({ file: 'schema.dbml', line: 2, column, severity: 'error', code: 'DUPLICATE_COLUMN_SETTING', message: "'pk' can only appear once" })));
    expect(oneObject(gen(['diff', '--from-url', 'postgres://postgres@127.0.0.1:1/x', '--to-empty', '--json'], d).stdout)).toMatchObject({ code: 'db-unreachable' });
    expect(oneObject(gen(['diff', '--from-empty', '--to-empty', '--json', '--script'], d).stdout)).toMatchObject({ code: 'invalid-input' });
    expect(oneObject(gen(['diff', '--json', '--no-such-flag'], d).stdout)).toMatchObject({ code: 'usage' });
    expect(oneObject(gen(['lint', 'nope.sql', '--json'], d).stdout)).toMatchObject({ code: 'invalid-input' });
    expect(oneObject(gen(['status', '--json', '--migrations', 'nope'], d).stdout)).toMatchObject({ code: 'not-initialised' });
    const refused = gen(['status', '--json', '--url', 'postgres://postgres@127.0.0.1:1/x', '--schema', 'nope.dbml'], d);
    expect(refused.status).toBe(1);
    expect(oneObject(refused.stdout)).toMatchObject({ code: 'not-initialised' });
  });

  it('--format github prints an annotation per error, with file, line and column when known', () => {
    const d = project({ schema: 'Table users {\n  id int [pk, pk]\n}\n' });
    const r = gen(['status', '--format', 'github'], d);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe([11, 15].map((c) => `::error file=schema.dbml,line=2,col=${c},title=gen status DUPLICATE_COLUMN_SETTING::'pk' can only appear once\n`).join(''));
    const l = gen(['lint', 'nope.sql', '--format', 'github'], d);
    expect(l.stdout).toMatch(/^::error title=gen lint::nope\.sql: no such file or folder\n$/);
  });
});
