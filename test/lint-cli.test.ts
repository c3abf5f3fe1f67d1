/** `gen lint` and the lint part of `gen status` as a user runs them: the default folder, exit
 * codes, text / JSON / GitHub output, gen.config.json severities, `--since`, and new migrations
 * only in status. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const run = (args: string[], cwd: string, env: Record<string, string> = {}) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_BASE_REF: '', ...env } });

const BLOCKING = "SET lock_timeout = '5s';\nSET statement_timeout = '1min';\nCREATE INDEX users_email_idx ON users (email);\n";
const SAFE = 'CREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz NOT NULL);\nCREATE INDEX audit_at_idx ON audit (at);\n';

function project(migrations: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), 'gen-lint-'));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(d, 'migrations', name), { recursive: true });
    writeFileSync(path.join(d, 'migrations', name, 'migration.sql'), sql);
    writeFileSync(path.join(d, 'migrations', name, 'down.sql'), 'DROP TABLE users;\n');
  }
  return d;
}

describe('gen lint', () => {
  it('lints the migrations folder by default (not down.sql), prints position, source and caret, exits 1 on an error', () => {
    const d = project({ '20260101000000_a': SAFE, '20260102000000_b': BLOCKING });
    const r = run(['lint'], d);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('migrations/20260102000000_b/migration.sql:3:1: error blocking-index-build: CREATE INDEX on users blocks every write');
    expect(r.stdout).toContain('3 | CREATE INDEX users_email_idx ON users (email);\n  | ^\n');
    expect(r.stdout).toContain('  instead: CREATE INDEX CONCURRENTLY');
    expect(r.stdout).toContain('1 error, 0 warnings in 2 files');
    expect(r.stdout).not.toContain('down.sql');
  });

  it('exits 0 on a clean folder and with only warnings', () => {
    expect(run(['lint'], project({ '20260101000000_a': SAFE })).status).toBe(0);
    const w = run(['lint'], project({ '20260101000000_a': "ALTER TYPE status ADD VALUE 'archived';\n" }));
    expect(w.status).toBe(0);
    expect(w.stdout).toContain('warning enum-value-position');
  });

  it('prints JSON and GitHub annotations', () => {
    const d = project({ '20260102000000_b': BLOCKING });
    const j = run(['lint', '--json'], d);
    expect(j.status).toBe(1);
    const out = JSON.parse(j.stdout) as { ok: boolean; errors: number; findings: { code: string; file: string; line: number; column: number; lock: string }[] };
    expect(out).toMatchObject({ ok: false, errors: 1 });
    expect(out.findings[0]).toMatchObject({ code: 'blocking-index-build', file: 'migrations/20260102000000_b/migration.sql', line: 3, column: 1 });
    expect(out.findings[0]!.lock).toContain('SHARE on users');
    const g = run(['lint', '--format', 'github'], d);
    expect(g.stdout).toMatch(/^::error file=migrations\/20260102000000_b\/migration\.sql,line=3,col=1,title=gen lint blocking-index-build::CREATE INDEX on users/);
  });

  it('takes severities from gen.config.json, and rejects a bad config clearly', () => {
    const d = project({ '20260102000000_b': BLOCKING });
    writeFileSync(path.join(d, 'gen.config.json'), JSON.stringify({ lint: { rules: { 'blocking-index-build': 'warning', 'prefer-timestamptz': 'error' } } }));
    const r = run(['lint'], d);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('warning blocking-index-build');
    writeFileSync(path.join(d, 'migrations', '20260102000000_b', 'migration.sql'), 'CREATE TABLE e (at timestamp);\n');
    expect(run(['lint'], d).stdout).toContain('error prefer-timestamptz');
    writeFileSync(path.join(d, 'gen.config.json'), JSON.stringify({ lint: { rules: { 'no-such-rule': 'off' } } }));
    const bad = run(['lint'], d);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('gen.config.json: unknown setting lint.rules.no-such-rule');
  });

  it('lints named files and folders, and with --since only what changed since a git ref', () => {
    const d = project({ '20260101000000_a': BLOCKING });
    const git = (...a: string[]) => execFileSync('git', a, { cwd: d, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    mkdirSync(path.join(d, 'migrations', '20260102000000_b'));
    writeFileSync(path.join(d, 'migrations', '20260102000000_b', 'migration.sql'), SAFE);
    const since = run(['lint', '--since', 'main'], d);
    expect(since.status).toBe(0);
    expect(since.stdout).toContain('in 1 file');
    expect(run(['lint', 'migrations/20260101000000_a/migration.sql'], d).status).toBe(1);
    expect(run(['lint', 'nope.sql'], d).stderr).toContain('nope.sql: no such file or folder');
  });
});

describe('gen status lints the migrations newer than the base branch', () => {
  it('fails on an error in a migration this branch adds, not in those the base branch has', () => {
    const d = project({ '20260101000000_a': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_id_idx ON users (id);\n' });
    writeFileSync(path.join(d, 'schema.dbml'), 'Table users {\n  id bigint [pk]\n  email text\n  indexes {\n    id [name: "users_id_idx"]\n    email [name: "users_email_idx"]\n  }\n}\n');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: d, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    mkdirSync(path.join(d, 'migrations', '20260102000000_b'));
    writeFileSync(path.join(d, 'migrations', '20260102000000_b', 'migration.sql'), BLOCKING);
    type Status = { findings: { kind: string; message: string }[]; linted: string };
    const lint = (s: Status) => s.findings.filter((f) => f.kind === 'lint').map((f) => f.message);
    const r = run(['status', '--json'], d);
    const st = JSON.parse(r.stdout) as Status;
    expect(r.status).toBe(1);
    expect(st.linted).toBe('migrations not on main');
    // The new migration's blocking build is reported; the base branch's (on a new table) is not in scope anyway.
    expect(lint(st)).toEqual([expect.stringContaining('migrations/20260102000000_b/migration.sql:3:1: blocking-index-build')]);
    const g = run(['status', '--format', 'github'], d);
    expect(g.stdout).toContain('::error file=migrations/20260102000000_b/migration.sql,line=3,col=1,title=gen status (lint)::');
    // --all lints the base branch's migrations too (still only the one finding: a's index is on a new table).
    expect(lint(JSON.parse(run(['status', '--json', '--all'], d).stdout) as Status)).toHaveLength(1);
    // Safe again: lint clean.
    writeFileSync(path.join(d, 'migrations', '20260102000000_b', 'migration.sql'), BLOCKING.replace('CREATE INDEX', 'CREATE INDEX CONCURRENTLY'));
    expect(lint(JSON.parse(run(['status', '--json'], d).stdout) as Status)).toEqual([]);
  });
});
