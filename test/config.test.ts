/** gen.config.json as a user writes it: planner timeouts and online forms for gen diff, the
 * migrations folder for gen lint, and clear errors for bad settings. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

function project(config: unknown): string {
  const d = mkdtempSync(path.join(tmpdir(), 'gen-config-'));
  writeFileSync(path.join(d, 'a.dbml'), 'Table users {\n  id bigint [pk]\n  email text\n}\n');
  writeFileSync(path.join(d, 'b.dbml'), 'Table users {\n  id bigint [pk]\n  email text\n  indexes {\n    email\n  }\n}\n');
  if (config !== undefined) writeFileSync(path.join(d, 'gen.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return d;
}

describe('gen.config.json', () => {
  it('sets the timeouts the planner writes, and the online forms (a flag beats it)', () => {
    const args = ['diff', '--from-schema', 'a.dbml', '--to-schema', 'b.dbml', '--script'];
    const plain = run(args, project(undefined));
    expect(plain.stdout).toContain("SET lock_timeout = '5s';");
    expect(plain.stdout).toContain('CREATE INDEX CONCURRENTLY');
    const d = project({ timeouts: { lock: '2s', statement: '30s', long: '2h' } });
    const r = run(args, d);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("SET lock_timeout = '2s';");
    expect(r.stdout).toContain("SET statement_timeout = '30s';");
    expect(r.stdout).toContain("SET statement_timeout = '2h';");
    const offline = project({ online: false });
    expect(run(args, offline).stdout).not.toContain('CONCURRENTLY');
    expect(run([...args, '--no-online'], project({ online: true })).stdout).not.toContain('CONCURRENTLY');
  });

  it('names the migrations folder for gen lint', () => {
    const d = project({ migrations: 'db/migrations' });
    mkdirSync(path.join(d, 'db/migrations/20260101000000_a'), { recursive: true });
    writeFileSync(path.join(d, 'db/migrations/20260101000000_a/migration.sql'), 'DROP INDEX users_email_idx;\n');
    const r = run(['lint'], d);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('db/migrations/20260101000000_a/migration.sql:1:1: error blocking-index-drop');
  });

  it.each([
    ['{ "schema": ', 'gen.config.json: not valid JSON'],
    ['{ "shema": "x.dbml" }', 'gen.config.json: unknown setting shema'],
    ['{ "timeouts": { "lock": "soon" } }', "gen.config.json: timeouts.lock must be a PostgreSQL duration such as '5s'"],
    ['{ "online": "yes" }', 'gen.config.json: online must be true or false'],
    ['{ "lint": { "rules": { "data-loss": "fatal" } } }', 'gen.config.json: lint.rules.data-loss must be "error", "warning" or "off"'],
  ])('rejects %s', (text, message) => {
    const r = run(['lint'], project(text));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
  });
});
