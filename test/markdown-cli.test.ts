/** `gen diff --format markdown` and `gen status --format markdown` as a workflow runs them, with
 * hostile names: the comment's structure holds (test/markdown-check.ts), the SQL fence holds
 * exactly what `--script` prints, status reports each kind of finding; failures are a Markdown
 * comment on stdout, the one-line error on stderr, and a non-zero exit. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbmlName, dbmlString } from '../src/dbml/print/print.js';
import { q } from './injection-cases.js';
import { markdownProblems, readMarkdown } from './markdown-check.js';
import { checkShape } from './mermaid-check.js';
import { tempDatabase } from './pg.js';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const SERVER = process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432';
const gen = (args: string[], cwd: string) => {
  const env = { ...process.env, GITHUB_BASE_REF: '' };
  delete env['DATABASE_URL'];
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
};

// Names that end a details block, open HTML, a fence, a table cell or a mention.
const T = '</details><script>alert(1)</script>';
const C = '```\n</details>\n@octocat #1 | *x*';
const NOTE = '```` </details> <b>x</b> [l](javascript:y) $m$';

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), 'gen-md-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    writeFileSync(path.join(d, name), text);
  }
  return d;
}

const FROM = `Table ${dbmlName(T)} {\n  id int [pk]\n}\n`;
const TO = `Table ${dbmlName(T)} [note: ${dbmlString(NOTE)}] {\n  id int [pk]\n  ${dbmlName(C)} text [note: ${dbmlString(NOTE)}]\n  indexes {\n    ${dbmlName(C)}\n  }\n}\nTable orders {\n  id int [pk]\n  t_id int [ref: > ${dbmlName(T)}.id]\n}\n`;

describe('gen diff --format markdown', () => {
  const d = dir({ 'a.dbml': FROM, 'b.dbml': TO });
  const args = ['diff', '--from-schema', 'a.dbml', '--to-schema', 'b.dbml'];

  it('prints the comment: verdict, changes, hazards, SQL in a details block, the diagram of the tables changed', () => {
    const r = gen([...args, '--format', 'markdown'], d);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(markdownProblems(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/^### gen diff\n\n⚠️ \d+ changes, \d+ steps; hazards: \*\*LONG\\_RUNNING\*\* \(1\)\.\n/);
    expect(r.stdout).toMatch(/#### Hazards\n\n- \*\*LONG\\_RUNNING\*\* `+build index /);
    const { fenced } = readMarkdown(r.stdout);
    expect(fenced.map((f) => f.info)).toEqual(['sql', 'mermaid']);
    const script = gen([...args, '--script'], d).stdout;
    expect(fenced[0]!.lines.join('\n')).toBe(script.replace(/\r\n|\r/g, '\n').replace(/\n$/, ''));
    expect(checkShape(`${fenced[1]!.lines.join('\n')}\n`)).toEqual({ entities: 2, attributes: 4, relationships: 1 });
    expect(gen([...args, '--format', 'markdown', '--exit-code'], d).status).toBe(2);
  });

  it('lints the script with the severities of gen.config.json; findings are positioned in the SQL', () => {
    const c = dir({ 'a.dbml': FROM, 'b.dbml': TO, 'gen.config.json': '{ "lint": { "rules": { "prefer-bigint-primary-key": "warning" } } }' });
    const r = gen([...args, '--format', 'markdown'], c);
    expect(markdownProblems(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/#### Lint\n\n- `script:\d+:\d+` \*\*prefer-bigint-primary-key\*\* \(warning\): primary key id is integer: /);
    expect(gen([...args, '--format', 'markdown'], d).stdout).not.toContain('#### Lint');
  });

  it('--format markdown is one of the outputs; no differences is one line', () => {
    expect(gen([...args, '--format', 'markdown', '--script'], d).stdout).toContain('--script, --json and --format markdown are alternatives');
    expect(gen(['diff', '--from-schema', 'a.dbml', '--to-schema', 'a.dbml', '--format', 'markdown'], d).stdout).toBe('### gen diff\n\n✅ No differences.\n');
  });

  it('failures: a comment with the error and each diagnostic, the error line on stderr, exit 1; usage errors exit 2', () => {
    const bad = dir({ 'bad.dbml': `Table ${dbmlName(T)} {\n  id int [pk, pk]\n}\n` });
    const r = gen(['diff', '--from-schema', 'bad.dbml', '--to-empty', '--format', 'markdown'], bad);
    expect(r.status).toBe(1);
    const diagnostics = [11, 15].map((c) => `- \`bad.dbml:2:${c}\` error **DUPLICATE\\_COLUMN\\_SETTING**: 'pk' can only appear once\n`).join('');
    expect(r.stdout).toBe(`### ❌ gen diff failed\n\n**error** \`schema-invalid\`: 2 errors in bad.dbml\n\n${diagnostics}`);
    expect(r.stderr).toMatch(/\nerror: 2 errors in bad\.dbml\n$/);
    const usage = gen(['diff', '--format', 'markdown', '--nope'], bad);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe("### ❌ gen diff failed\n\n**error** `usage`: unknown option '--nope'\n");
    const unreachable = gen(['diff', '--from-url', 'postgres://postgres@127.0.0.1:1/x', '--to-empty', '--format', 'markdown'], bad);
    expect(unreachable.status).toBe(1);
    expect(unreachable.stdout).toMatch(/^### ❌ gen diff failed\n\n\*\*error\*\* `db-unreachable`: /);
    expect(markdownProblems(unreachable.stdout)).toEqual([]);
  });
});

const INIT = `CREATE TABLE public.${q(T)} (id integer PRIMARY KEY);\n`;
const SECOND = `CREATE INDEX ${q('ix')} ON public.${q(T)} (id);\n`;

describe('gen status --format markdown', () => {
  it('✅ when all is well (offline)', () => {
    const d = dir({ 'schema.dbml': FROM, 'migrations/20260101000000_init/migration.sql': INIT });
    expect(gen(['hash'], d).status).toBe(0);
    const r = gen(['status', '--format', 'markdown'], d);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('### ✅ gen status\n\n1 migration, gen.sum matches, `schema.dbml` matches the migrations; lint clean (all migrations (no git base branch found)).\n');
  });

  it('❌ with a pending migration that fails lint, an edited schema and a drifted database; hostile names stay in place', async () => {
    const tmp = await tempDatabase('gen_md_status');
    try {
      const url = `${SERVER}/${tmp.name}`;
      const d = dir({ 'schema.dbml': FROM, 'migrations/20260101000000_init/migration.sql': INIT });
      expect(gen(['hash'], d).status).toBe(0);
      expect(gen(['deploy', '--url', url], d).status).toBe(0);
      // A second migration, not applied, that builds an index without CONCURRENTLY.
      mkdirSync(path.join(d, 'migrations', '20260102000000_ix'));
      writeFileSync(path.join(d, 'migrations', '20260102000000_ix', 'migration.sql'), SECOND);
      expect(gen(['hash'], d).status).toBe(0);
      // The schema file gains a column no migration adds; the database one nobody wrote down.
      writeFileSync(path.join(d, 'schema.dbml'), TO);
      await tmp.client.query(`ALTER TABLE public.${q(T)} ADD COLUMN ${q(C)} text`);
      const r = gen(['status', '--url', url, '--format', 'markdown'], d);
      expect(r.status).toBe(1);
      expect(markdownProblems(r.stdout)).toEqual([]);
      expect(r.stdout).toMatch(/^### ❌ gen status\n\n\d+ problems \(2 migrations; linted: all migrations \(no git base branch found\)\)\.\n/);
      for (const kind of ['lint', 'schema', 'pending', 'drift']) expect(r.stdout).toContain(`- **${kind}**`);
      expect(r.stdout).toContain('- **lint** `migrations/20260102000000_ix/migration.sql:1:1` **blocking-index-build** (error): ');
      const { fenced } = readMarkdown(r.stdout);
      expect(fenced.map((f) => f.info)).toEqual(['diff']);
      expect(fenced[0]!.lines.some((l) => l.startsWith('+') && l.includes('</details>'))).toBe(true);
      expect(r.stdout).toMatch(/#### Drift\n\n.+\n\n<details><summary>DBML diff<\/summary>\n\n`{3,}diff\n/);
    } finally {
      await tmp.drop();
    }
  });
});
