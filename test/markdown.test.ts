/** The Markdown of pull-request comments (`--format markdown`): text escaped, code spans and
 * fences delimited by more backticks than they hold, so a name, comment or message from a schema
 * file, a database or a migration (`</details><script>`, a line of backticks, `@team`, `#1`,
 * `|`, `*`, line breaks) can never close the details block, inject HTML, open a code span or a
 * table cell, or mention anyone. Read back by test/markdown-check.ts, which follows CommonMark's
 * rules independently of src/cli/markdown.ts. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffMarkdown } from '../src/cli/diff-markdown.js';
import { mdCode, mdFence, mdText } from '../src/cli/markdown.js';
import { driftPatch, statusMarkdown } from '../src/cli/status-markdown.js';
import { parse } from '../src/dbml/index.js';
import { dbmlName, dbmlString } from '../src/dbml/print/print.js';
import { diff, renameHints } from '../src/diff/index.js';
import { printable } from '../src/model/identifiers.js';
import type { Schema } from '../src/model/types.js';
import { plan } from '../src/plan/index.js';
import { render } from '../src/render/index.js';
import { loadSqlParser } from '../src/sql/split.js';
import type { DiffResult } from '../src/use-cases/diff.js';
import { lintText } from '../src/use-cases/lint.js';
import type { StatusResult } from '../src/use-cases/status.js';
import { clip, FRAGMENTS } from './injection-cases.js';
import { inlineProblems, markdownProblems, readMarkdown } from './markdown-check.js';
import { checkShape } from './mermaid-check.js';

/** What breaks Markdown or HTML, on top of the injection cases' fragments. */
const MD_FRAGMENTS = [
  '<',
  '>',
  '&',
  '&amp;',
  '</details>',
  '<script>',
  '<!--',
  '```',
  '````',
  '~~~',
  '`',
  '|',
  '*',
  '**',
  '_',
  '[x](javascript:y)',
  '![i](u)',
  '@octocat',
  '@org/team',
  '#1',
  '$x$',
  '\\',
  '- ',
  '1. ',
  '# ',
  '> ',
  '\n```\n</details>\n',
  '\r```',
  ':+1:',
];

const hostile = (tag: string) => fc.array(fc.constantFrom(...MD_FRAGMENTS, ...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((p) => `${clip(p.join(''), 60)}${tag}`);
const runs = Number(process.env['GEN_PROPERTY_RUNS'] ?? 300);
const seed = Number(process.env['GEN_PROPERTY_SEED'] ?? 20261206);

/** CommonMark's meaning of an escaped text: backslash escapes and gen's entities undone, the
 * zero-width spaces after `@` and `#` dropped. */
const meaningOf = (md: string) =>
  md
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(amp|lt|gt);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>' })[e]!)
    .replace(/([@#])\u200b/g, '$1');

describe('markdown pieces', () => {
  it('text: escaped, one line, and means what it said', () => {
    fc.assert(
      fc.property(hostile(''), (s) => {
        const md = mdText(s);
        expect(inlineProblems(`- ${md}`)).toEqual([]);
        expect(md).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(meaningOf(md)).toBe(printable(s));
      }),
      { numRuns: runs, seed },
    );
    expect(mdText('</details><script>@a #1 *b* _c_ [d](e) x|y $z$ & ~~s~~')).toBe('&lt;/details&gt;&lt;script&gt;@\u200ba #\u200b1 \\*b\\* \\_c\\_ \\[d\\](e) x\\|y \\$z\\$ &amp; \\~\\~s\\~\\~');
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('12. item')).toBe('12\\. item');
  });

  it('code spans: delimited by more backticks than the text holds, padded when it starts or ends with one', () => {
    expect(mdCode('a')).toBe('`a`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('```')).toBe('```` ``` ````');
    expect(mdCode(' x')).toBe('`  x `');
    fc.assert(
      fc.property(hostile(''), (s) => {
        const md = mdCode(s);
        expect(inlineProblems(`- ${md} after`)).toEqual([]);
        // The span's content, as CommonMark reads it: one space stripped from each side when padded.
        const ticks = /^`+/.exec(md)![0].length;
        let inner = md.slice(ticks, -ticks);
        if (inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
        expect(inner).toBe(printable(s));
      }),
      { numRuns: runs, seed },
    );
  });

  it('fences: no content line closes them early, whatever line endings it holds', () => {
    fc.assert(
      fc.property(fc.array(hostile(''), { maxLength: 5 }), (parts) => {
        const content = parts.join('\n');
        const { fenced, outside } = readMarkdown(mdFence(content, 'sql'));
        expect(fenced).toHaveLength(1);
        expect(fenced[0]!.info).toBe('sql');
        expect(fenced[0]!.lines.join('\n')).toBe(content.replace(/\r\n|\r/g, '\n').replace(/\n$/, ''));
        expect(outside).toEqual(['']);
      }),
      { numRuns: runs, seed },
    );
  });
});

function schemaOf(dbml: string): { schema: Schema; renames: NonNullable<ReturnType<typeof parse>['renames']> } {
  const r = parse(dbml, 'case.dbml');
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !r.schema) throw new Error(`does not parse: ${errors.map((d) => d.message).join('; ')}\n${dbml}`);
  return { schema: r.schema, renames: r.renames ?? [] };
}

/** The diff of one case, as the diff use case returns it (plain DDL, so that lint finds the
 * blocking index build on the existing table). */
async function diffOf(names: { t1: string; c: string; t2: string; ix: string; note: string }): Promise<DiffResult> {
  const { t1, c, t2, ix, note } = names;
  const from = schemaOf(`Table ${dbmlName(t1)} {\n  id int [pk]\n}\n`).schema;
  const to = schemaOf(
    `Table ${dbmlName(t1)} [note: ${dbmlString(note)}] {\n  id int [pk]\n  ${dbmlName(c)} text [note: ${dbmlString(note)}]\n  indexes {\n    ${dbmlName(c)} [name: ${dbmlString(ix)}]\n  }\n}\n` +
      `Table ${dbmlName(t2)} {\n  id int [pk]\n  r int [not null, ref: > ${dbmlName(t1)}.id]\n}\n`,
  ).schema;
  const changes = diff(from, to);
  const p = plan(changes, { from, to }, { online: false });
  const script = render(p, { title: 'gen diff' });
  const findings = (await lintText(script, 'script')).filter((f) => !f.ignored);
  return { changes, plan: p, script, hints: renameHints(changes), unmanaged: { from: [], to: [] }, schemas: { from, to }, findings };
}

/** The lines of a section (after its heading, up to the next heading). */
function sectionLines(md: string, title: string): string[] {
  const lines = readMarkdown(md).outside;
  const start = lines.indexOf(`#### ${title}`);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('gen diff --format markdown', () => {
  beforeAll(loadSqlParser);
  it('hostile names stay in their code spans and fences; the SQL and the diagram come out whole', async () => {
    const names = fc.record({ t1: hostile('①'), c: hostile('②'), t2: hostile('③'), ix: hostile('④'), note: hostile('') });
    await fc.assert(
      fc.asyncProperty(names, async (n) => {
        const r = await diffOf(n);
        const md = diffMarkdown(r, [`Not managed: view ${n.note}`]);
        expect(markdownProblems(md)).toEqual([]);
        const { fenced } = readMarkdown(md);
        expect(fenced.map((f) => f.info)).toEqual(['sql', 'mermaid']);
        expect(fenced[0]!.lines.join('\n')).toBe(r.script.replace(/\r\n|\r/g, '\n').replace(/\n$/, ''));
        expect(checkShape(`${fenced[1]!.lines.join('\n')}\n`)).toMatchObject({ entities: 2, relationships: 1 });
        expect(sectionLines(md, 'Changes')).toHaveLength(r.changes.length);
        expect(sectionLines(md, 'Hazards')).toHaveLength(r.plan.steps.reduce((k, s) => k + s.hazards.length, 0));
        expect(sectionLines(md, 'Lint')).toHaveLength(r.findings!.length);
        expect(r.findings!.length).toBeGreaterThan(0);
        expect(md).toContain('<details><summary>SQL</summary>\n\n');
        expect(md).toMatch(/\n`{3,}\n\n<\/details>\n/);
      }),
      { numRuns: Math.ceil(runs / 10), seed },
    );
  });

  it('no differences: a verdict and nothing else', async () => {
    const s = schemaOf('Table a { id int [pk] }\n').schema;
    const p = plan([], { from: s, to: s });
    const r: DiffResult = { changes: [], plan: p, script: render(p), hints: [], unmanaged: { from: [], to: [] }, schemas: { from: s, to: s }, findings: [] };
    expect(diffMarkdown(r, [])).toBe('### gen diff\n\n✅ No differences.\n');
  });
});

describe('gen status --format markdown', () => {
  it('every kind of finding and note, with hostile text, stays in its list item; drift is a fenced DBML diff', async () => {
    const n = { t1: '</details><script>①', c: '```\n</details>\n②', t2: '@org/team #1 | *x*③', ix: '[l](javascript:y)④', note: '```` ~~~ <!--' };
    const r = await diffOf(n);
    const result: StatusResult = {
      ok: false,
      database: 'postgres://u@h/db </details>',
      migrations: 2,
      linted: 'migrations not on main',
      schemaLabel: 'schema.dbml',
      findings: [
        { kind: 'gen.sum', file: 'migrations/gen.sum', message: `${n.t1} changed\n  run gen hash` },
        { kind: 'schema', file: 'schema.dbml', changes: r.changes, message: 'schema.dbml was edited but no migration was generated (run gen dev --name <change>):' },
        { kind: 'lint', file: `migrations/${n.c}/migration.sql`, line: 3, column: 1, rule: { code: 'blocking-index-build', severity: 'error', message: `index on ${n.t2}`, instead: 'CONCURRENTLY' }, message: 'm' },
        { kind: 'pending', file: 'migrations/x/migration.sql', message: `${n.ix} is not applied` },
        { kind: 'history', message: n.note },
        { kind: 'drift', message: 'the database has drifted from its applied migrations:', expected: r.schemas.from, current: r.schemas.to },
      ],
      notes: [
        { kind: 'lint', file: 'm.sql', line: 1, column: 2, rule: { code: 'x', severity: 'warning', message: n.t2, instead: n.ix }, message: 'm' },
        { kind: 'hazards', file: 'm.sql', message: `m.sql declares hazards: DELETES_DATA (1) ${n.note}` },
      ],
    };
    const md = statusMarkdown(result);
    expect(markdownProblems(md)).toEqual([]);
    expect(md.startsWith('### ❌ gen status\n\n6 problems (2 migrations; linted: migrations not on main).\n')).toBe(true);
    expect(sectionLines(md, 'Problems')).toHaveLength(6 + r.changes.length);
    expect(sectionLines(md, 'Notes')).toHaveLength(2);
    const { fenced } = readMarkdown(md);
    expect(fenced.map((f) => f.info)).toEqual(['diff']);
    expect(fenced[0]!.lines.join('\n')).toBe(
      driftPatch(r.schemas.from, r.schemas.to, result.database)
        .replace(/\r\n|\r/g, '\n')
        .replace(/\n$/, ''),
    );
  });

  it('all well: a ✅ verdict', () => {
    const md = statusMarkdown({ ok: true, database: undefined, migrations: 1, linted: 'all migrations (--all)', schemaLabel: 'schema.dbml', findings: [], notes: [] });
    expect(md).toBe('### ✅ gen status\n\n1 migration, gen.sum matches, `schema.dbml` matches the migrations; lint clean (all migrations (--all)).\n');
  });
});
