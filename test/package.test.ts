/** The package as a user gets it: `npm pack`, installed into a fresh folder with `npm install`,
 * run with npx, imported from JavaScript, type-checked from TypeScript, and the examples run. */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The functions a user imports from 'gen-migrate': a new use case (or API function) adds its
 * name here, and the test checks the installed package exports it. */
const API_FUNCTIONS = ['deploy', 'dev', 'diff', 'status', 'lint', 'validate', 'pull', 'init', 'format', 'hash', 'reset', 'resolve', 'rollback', 'erd', 'parseDbml', 'introspect', 'plan'];

const root = path.resolve(import.meta.dirname, '..');
const server = process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432';
// Not copied for packing: what npm pack rebuilds (dist) or never reads (any node_modules, among
// them bench's peers, git's data, the development database).
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.gen']);
const copied = (src: string) => {
  const parts = path.relative(root, src).split(path.sep);
  return !NOT_COPIED.has(parts[0] ?? '') && !parts.includes('node_modules');
};

/** The environment of a user's shell: none of the npm script, vitest or DATABASE_URL settings
 * this test runs under (npm's cache and registry stay). */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !((k.startsWith('npm_') && !keep.has(k)) || k.startsWith('VITEST') || k === 'DATABASE_URL' || k === 'NODE_OPTIONS' || k === 'NODE_ENV')));
  return { ...env, ...extra };
}

function run(command: string, args: readonly string[], cwd: string, extra: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: userEnv(extra), timeout: 240_000 });
}

/** Runs a command that must succeed; its output is in the failure message. */
function ok(command: string, args: readonly string[], cwd: string, extra: Record<string, string> = {}): string {
  const r = run(command, args, cwd, extra);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${r.status}${r.error ? ` (${r.error.message})` : ''}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

let work = '';
let app = '';
let packed: string[] = [];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'gen-package-'));
  // Packed from a copy: npm pack empties dist/ and builds it again (prepack, prepare), and the CLI
  // tests running beside this one spawn bin/gen.js on the repository's dist/.
  const copy = path.join(work, 'repo');
  cpSync(root, copy, { recursive: true, filter: copied });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  const [pack] = JSON.parse(ok('npm', ['pack', '--json', '--pack-destination', work], copy)) as { filename: string; files: { path: string }[] }[];
  packed = pack!.files.map((f) => f.path);
  app = path.join(work, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), `${JSON.stringify({ name: 'app', private: true, type: 'module' }, null, 2)}\n`);
  // No TypeScript in the app: were npm to run the package's prepare (tsc) here, the install fails.
  ok('npm', ['install', path.join(work, pack!.filename), '--no-audit', '--no-fund', '--prefer-offline'], app);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// Each step spawns npm, npx, tsc or vitest: minutes under a full parallel test run.
describe('the gen-migrate package', { timeout: 240_000 }, () => {
  it('holds the built code, the launcher and the files it reads at run time, and no tests', () => {
    for (const f of ['bin/gen.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'schema.example.dbml', 'src/introspect/queries/tables.sql', 'README.md', 'LICENSE', 'package.json']) expect(packed).toContain(f);
    const stray = packed.filter((f) => /^(test|test-versions|fixtures|bench|grammar|docs|examples|node_modules)\//.test(f) || f.endsWith('.map') || /\.test\.[jt]s$/.test(f) || (f.startsWith('src/') && !f.endsWith('.sql')));
    expect(stray).toEqual([]);
  });

  it('installs without running an install script of its own or of a dependency', () => {
    expect(existsSync(path.join(app, 'node_modules/gen-migrate/dist/index.js'))).toBe(true);
    expect(existsSync(path.join(app, 'node_modules/typescript'))).toBe(false);
    const withScripts: string[] = [];
    const visit = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (name.startsWith('.')) continue;
        if (name.startsWith('@')) visit(path.join(dir, name));
        else {
          const pkg = JSON.parse(readFileSync(path.join(dir, name, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
          if (['preinstall', 'install', 'postinstall'].some((s) => pkg.scripts?.[s])) withScripts.push(name);
        }
      }
    };
    visit(path.join(app, 'node_modules'));
    expect(withScripts).toEqual([]);
  });

  it('gen init and gen dev write the first migration on the embedded database', () => {
    // --no: never fetch a package named gen from the registry (another project's).
    ok('npx', ['--no', 'gen', 'init'], app);
    ok('npx', ['--no', 'gen', 'dev', '--name', 'init'], app);
    const made = readdirSync(path.join(app, 'migrations')).filter((f) => f !== 'gen.sum');
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/^\d{14}_init$/);
    expect(readFileSync(path.join(app, 'migrations', made[0]!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE public.users (');
  });

  it('a new user: dev against PostgreSQL, deploy, rollback, status, deploy again, erd', async () => {
    const admin = new pg.Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    const names = [`gen_pkg_dev_${process.pid}`, `gen_pkg_prod_${process.pid}`];
    try {
      for (const n of names) await admin.query(`CREATE DATABASE ${n}`);
      const [devUrl, prodUrl] = names.map((n) => `${server}/${n}`);
      writeFileSync(path.join(app, 'schema.dbml'), `${readFileSync(path.join(app, 'schema.dbml'), 'utf8')}\nTable audit_log {\n  id bigint [pk, increment]\n  message text [not null]\n}\n`);
      ok('npx', ['--no', 'gen', 'dev', '--name', 'add_audit_log', '--url', devUrl!], app);
      const gen = (...args: string[]) => run('npx', ['--no', 'gen', ...args, '--url', prodUrl!], app);
      const auditTable = async () => {
        const c = new pg.Client({ connectionString: prodUrl });
        await c.connect();
        try {
          return (await c.query(`SELECT to_regclass('public.audit_log') AS t`)).rows[0].t as string | null;
        } finally {
          await c.end();
        }
      };
      expect(gen('deploy').status).toBe(0);
      expect(await auditTable()).toBe('audit_log');
      const back = gen('rollback');
      expect(back.stdout).toMatch(/rolled back \d{14}_add_audit_log in \d+ ms/);
      expect(await auditTable()).toBeNull();
      const pending = gen('status');
      expect(pending.status).toBe(1);
      expect(pending.stdout).toMatch(/\d{14}_add_audit_log is not applied/);
      expect(gen('deploy').status).toBe(0);
      expect(await auditTable()).toBe('audit_log');
      const fine = gen('status');
      expect(fine.stderr).toBe('');
      expect(fine.status).toBe(0);
      const erd = ok('npx', ['--no', 'gen', 'erd'], app);
      expect(erd).toMatch(/^erDiagram$/m);
      expect(erd).toContain('audit_log');
    } finally {
      for (const n of names) await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('exports every API function to a script, and they work on the installed files', () => {
    writeFileSync(
      path.join(app, 'check.mjs'),
      [
        "import * as gen from 'gen-migrate';",
        'const missing = JSON.parse(process.argv[2]).filter((n) => typeof gen[n] !== "function");',
        "const parsed = gen.parseDbml('Table t {\\n  id int [pk]\\n}\\n');",
        'const m = gen.plan(gen.EMPTY_SCHEMA, parsed.schema);',
        "const schema = await gen.introspect('pglite:.gen/dev');",
        'console.log(JSON.stringify({ missing, sql: m.upSql, tables: schema.tables.map((t) => t.schema + "." + t.name) }));',
        '',
      ].join('\n'),
    );
    const out = JSON.parse(ok(process.execPath, ['check.mjs', JSON.stringify(API_FUNCTIONS)], app)) as { missing: string[]; sql: string; tables: string[] };
    expect(out.missing).toEqual([]);
    expect(out.sql).toContain('CREATE TABLE public.t (');
    expect(out.tables).toContain('public.users');
  });

  it('type-checks a typed caller and the examples, and rejects wrong calls', () => {
    // What a TypeScript project that runs vitest with pg has; taken from this repository.
    for (const dep of ['vitest', '@types/node', '@types/pg']) {
      mkdirSync(path.dirname(path.join(app, 'node_modules', dep)), { recursive: true });
      if (!existsSync(path.join(app, 'node_modules', dep))) symlinkSync(path.join(root, 'node_modules', dep), path.join(app, 'node_modules', dep));
    }
    for (const f of ['global-setup.ts', 'vitest.config.ts', 'users.test.ts']) copyFileSync(path.join(root, 'examples/test-setup', f), path.join(app, f));
    copyFileSync(path.join(root, 'examples/deploy.mjs'), path.join(app, 'deploy.mjs'));
    writeFileSync(path.join(app, 'typed.ts'), TYPED);
    writeFileSync(path.join(app, 'wrong.ts'), WRONG);
    const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, allowJs: true, checkJs: true, types: ['node'] };
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['typed.ts', 'wrong.ts', 'global-setup.ts', 'vitest.config.ts', 'users.test.ts', 'deploy.mjs'] }));
    const r = run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], app);
    const errors = r.stdout.split('\n').filter((l) => l.includes('error TS'));
    const wrongLines = WRONG.split('\n').flatMap((l, i) => (l.includes('// wrong') ? [`wrong.ts(${i + 1}`] : []));
    expect(errors.filter((e) => !e.startsWith('wrong.ts('))).toEqual([]);
    expect([...new Set(errors.map((e) => e.slice(0, e.indexOf(','))))].sort()).toEqual(wrongLines.sort());
    expect(r.status).not.toBe(0);
  });

  it('runs the deploy script example: status, then deploy with its events', () => {
    const out = ok(process.execPath, ['deploy.mjs'], app, { DATABASE_URL: 'pglite:./deployed' });
    expect(out).toMatch(/^applied \d{14}_init in \d+ ms$/m);
  });

  it('runs the test-setup example: a test database with the migrations applied, dropped after', async () => {
    const out = ok(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run'], app, { TEST_DATABASE_SERVER: server });
    expect(out).toMatch(/1 passed/);
    const name = /test database (app_test_\d+): \d+ migration\(s\) applied/.exec(out)?.[1];
    expect(name).toBeDefined();
    const admin = new pg.Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    try {
      expect((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rows).toEqual([]);
    } finally {
      await admin.end();
    }
  });
});

/** Typed calls a user writes: this must compile. */
const TYPED = `import { type DeployOptions, type DeployResult, type GenEvent, type Hazard, type Migration, type ParsedDbml, type Schema, type StatusResult, deploy, diff, EMPTY_SCHEMA, introspect, lint, parseDbml, plan, status, UserError, validate } from 'gen-migrate';

export async function typed(url: string): Promise<number> {
  const events: GenEvent[] = [];
  const options: DeployOptions = { url, cwd: '.', lockWaitMs: 5_000, retries: 2, onEvent: (e) => events.push(e) };
  const deployed: DeployResult = await deploy(options);
  const checked: StatusResult = await status({ url, all: true });
  const parsed: ParsedDbml = parseDbml('Table t {\\n  id int [pk]\\n}\\n', { file: 'schema.dbml' });
  const from: Schema = await introspect(url, { cwd: '.' });
  const m: Migration = plan(from, parsed.schema ?? EMPTY_SCHEMA, { renames: parsed.renames, online: true, lockTimeout: '5s' });
  const hazards: Hazard[] = m.up.steps.flatMap((s) => [...s.hazards]);
  const d = await diff({ from: { kind: 'url', url }, to: { kind: 'schema', file: 'schema.dbml' } });
  const linted = await lint({ paths: ['migrations'], rules: { 'data-loss': 'error' } });
  const counts = (await validate('schema.dbml')).counts;
  try {
    await deploy({ url, dryRun: true });
  } catch (e) {
    if (e instanceof UserError && e.code === 'gen-sum-mismatch') return 2;
  }
  return deployed.pending.length + checked.findings.length + hazards.length + d.changes.length + (linted.failed ? 1 : 0) + counts.tables + m.upSql.length;
}
`;

/** Calls the types must refuse: each line marked \`// wrong\` must be an error, and only those. */
const WRONG = `import { deploy, parseDbml, plan, status } from 'gen-migrate';

await deploy({ url: 42 }); // wrong
parseDbml('Table t {}', { fiel: 'x' }); // wrong
plan(parseDbml('').schema); // wrong
const s = await status();
if (s.findings[0]?.kind === 'no-such-kind') console.log(s); // wrong
`;
