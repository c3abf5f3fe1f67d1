/** gen pull on real-world schemas (../shared/schemas): the printed DBML parses back to the
 * introspected model, and pulling twice gives identical bytes. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { parse } from '../src/dbml/index.js';
import { introspect } from '../src/introspect/index.js';
import { canonicalJson } from '../src/model/schema.js';
import { corpusRoot } from './corpus-helpers.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { tempDatabase } from './pg.js';

const schemasDir = path.join(path.dirname(corpusRoot), 'schemas');
const files = readdirSync(schemasDir)
  .filter((f) => f.endsWith('.sql'))
  .sort();
const bin = path.resolve(import.meta.dirname, '../bin/gen.js');

describe('gen pull fixpoint', () => {
  it('has real schemas to pull', () => expect(files.length).toBeGreaterThanOrEqual(2));
  it.each(files)('%s', async (file) => {
    const tmp = await tempDatabase(`gen_pull_${file.replace(/\W/g, '_')}`);
    const url = `postgres://postgres:not-a-secret@127.0.0.1:5432/${tmp.name}`;
    try {
      await tmp.client.query(readFileSync(path.join(schemasDir, file), 'utf8'));
      const pull = () => spawnSync(process.execPath, [bin, 'pull', '--url', url], { encoding: 'utf8' });
      const first = pull();
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).not.toContain('not-a-secret');
      expect(pull().stdout).toBe(first.stdout);

      const db = await connect(url);
      const live = await introspect(db).finally(() => db.close());
      const parsed = parse(first.stdout, 'pulled.dbml');
      expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(JSON.parse(canonicalJson(parsed.schema))).toEqual(JSON.parse(canonicalJson(live.schema)));
    } finally {
      await tmp.drop();
    }
  });

  it('fails clearly without a URL, and never prints a password', () => {
    const none = spawnSync(process.execPath, [bin, 'pull'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' }, cwd: path.dirname(bin) });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no database URL');
    const bad = spawnSync(process.execPath, [bin, 'pull', '--url', 'postgres://me:hunter2@127.0.0.1:1/db'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('cannot reach the PostgreSQL server at 127.0.0.1:1');
    expect(bad.stderr).toContain('postgres://me:***@127.0.0.1:1/db');
    expect(bad.stderr).not.toContain('hunter2');
  });
});

// The shared real schemas and the pagila/sakila-style ones in fixtures/schemas (which hold what
// DBML cannot say: standalone sequences, operator classes, identity options, storage settings).
const ownDir = path.resolve(import.meta.dirname, '../fixtures/schemas');
const pairCases = [
  ...files.map((f) => path.join(schemasDir, f)),
  ...readdirSync(ownDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => path.join(ownDir, f)),
];

describe('gen pull --out fixpoint (schema.dbml + schema.sql)', () => {
  it('has the pagila- and sakila-style schemas', () => expect(pairCases.length).toBeGreaterThanOrEqual(4));
  it.each(pairCases)('%s', async (file) => {
    const tmp = await tempDatabase(`gen_pair_${path.basename(file).replace(/\W/g, '_')}`);
    const url = `postgres://postgres@127.0.0.1:5432/${tmp.name}`;
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-pull-pair-'));
    try {
      await tmp.client.query(readFileSync(file, 'utf8'));
      const out = path.join(dir, 'schema.dbml');
      const pull = () => spawnSync(process.execPath, [bin, 'pull', '--url', url, '--out', out], { encoding: 'utf8' });
      const read = () => [readFileSync(out, 'utf8'), existsSync(path.join(dir, 'schema.sql')) ? readFileSync(path.join(dir, 'schema.sql'), 'utf8') : ''];
      const first = pull();
      expect(first.status, first.stderr).toBe(0);
      const bytes = read();
      expect(pull().status).toBe(0);
      expect(read()).toEqual(bytes);
      const again = spawnSync(process.execPath, [bin, 'diff', '--from-url', url, '--to-schema', out], { encoding: 'utf8' });
      expect(again.stderr).toBe('');
      expect(again.stdout).toContain('No differences');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await tmp.drop();
    }
  });
});
