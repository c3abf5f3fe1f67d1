/** The fast parse path (`scan` + `descend`) against the chevrotain path (`parseWithRecovery`):
 * whenever the fast path accepts a text, chevrotain accepts it too, with no diagnostic, and both
 * build the same syntax and see the same comments. Every corpus unit chevrotain accepts must take
 * the fast path (or valid input would silently be slow). */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descend } from '../src/dbml/parse/descend.js';
import { Reporter } from '../src/dbml/diagnostics.js';
import { parseWithRecovery } from '../src/dbml/parse/recover.js';
import { releaseTokens, scan } from '../src/dbml/lex/scan.js';
import { parse } from '../src/dbml/index.js';
import { corpusUnits } from './corpus-helpers.js';
import { applyMutations, mutation } from './mutate.js';

const texts = corpusUnits().map((u) => ({ name: u.unit, text: readFileSync(u.file, 'utf8') }));

/** Both paths on `text`: whether each accepted it, and what they built. */
function both(text: string) {
  const scanned = scan(text);
  const out: unknown[] = [];
  const fast = scanned && descend(text, scanned, (st) => out.push(st)) ? out : undefined;
  const r = new Reporter('x.dbml', text);
  const slow = parseWithRecovery(text, 'x.dbml', r);
  const comments = (cs: readonly { startOffset: number; image: string }[]) => cs.map((c) => [c.startOffset, c.image]);
  return { fast, fastComments: scanned ? comments(scanned.comments) : undefined, slow, slowOk: r.diagnostics.length === 0, slowComments: comments(slow.comments) };
}

function agree(text: string): 'fast' | 'slow' {
  const b = both(text);
  if (!b.fast) return 'slow';
  expect(b.slowOk, 'the fast path accepted a text chevrotain rejects').toBe(true);
  expect(b.fast).toEqual(b.slow.statements);
  expect(b.fastComments).toEqual(b.slowComments);
  return 'fast';
}

describe('fast parse path', () => {
  it('builds the same syntax as chevrotain on every corpus unit, and takes every unit chevrotain accepts', () => {
    const slowButValid: string[] = [];
    for (const { name, text } of texts) {
      if (agree(text) === 'slow' && both(text).slowOk) slowButValid.push(name);
    }
    expect(slowButValid).toEqual([]);
  });

  it('agrees with chevrotain on mutated corpus inputs', () => {
    const seeds = texts.map((t) => t.text).filter((t) => t.length < 20_000);
    let fastCount = 0;
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, ms) => {
        if (agree(applyMutations(seeds[seed]!, ms)) === 'fast') fastCount++;
      }),
      { numRuns: 3000, seed: Number(process.env['FUZZ_SEED'] ?? 20261121) },
    );
    // Many mutations (a swapped name, a duplicated line) leave the text valid: the comparison
    // above must have run on a good share of them to mean anything.
    expect(fastCount).toBeGreaterThan(300);
  });

  it('handles the edges of the token rules as chevrotain does', () => {
    const cases = [
      "Table a { b int [note: '''x'''' ] }\n",
      "Table a { b int [default: ''] }\n",
      'Table "a\\"b" { c int }\n',
      "Table a { b int [note: 'x\\\ny'] }\n",
      'Table a { b int [note: "x\ny"] }\n',
      'Table a { b `x\ny` }\n',
      "Table a { b int [note: '\\u12'] }\n",
      'Table a { b int [default: 1.5e3] }\n',
      'Table a { 1abc int }\n',
      'Table a { b int [default: 1.2.3] }\n',
      'Table a { b int [default: 12.3abc] }\n',
      'Table a { é int; }\n',
      'Table a { b int[] c int [pk] }\n',
      'Table a { b int [] }\n',
      'Table a { b int [,] }\n',
      'Table a { b int [pk,] }\n',
      'Ref: a.b ?<>? c.d\n',
      'Ref: a.b <> c.d\nRef: a.b\n> c.d\n',
      'Table a { b int [ref: - c.d, ref: <? e.f] }\n',
      'Table a [headercolor: #3498DB] { b int }\n',
      'Table a { b int /* x */ c int }\n',
      '/* open\n',
      '// only\n',
      'Table a {\n  b int [\n    pk,\n    note: (1 +\n 2)\n  ]\n}\n',
      "use { table a } from './x'\n",
      "use * from './x'\n",
      "reuse * 'x'\n",
      'Table a { b int } Table c { d int }\n',
      'Table a {\n b int\n}\nTable c {\n d int\n}',
      '',
      'Table a { b decimal(1,) }\n',
      'Table a { b int [default: - - 1] }\n',
      'Table a { b int [delete: set null] }\n',
      'Table a { b int [delete: set null 1] }\n',
      'Table a\n\n{ b int }\n',
      'Table a { b int }\n}\n',
      '\uFEFFTable a { b int }\n',
      "Table a { b int [note: '\\u0041'] }\n",
      'Table a { b int ~ x }\nTable b {\n ~c\n}\n',
      'Table a {\n b int\n !c\n}\n',
      'Records a(b) {\n 1, 2\n 3,\n}\n',
      'Table a { b int[\n] }\n',
      'x: y\n',
      "Table a { b int [note: 'a'] c }\n",
    ];
    for (const c of cases) agree(c);
  });

  it('releases the token arrays once the parse is done with them, and parses the same after', () => {
    const text = 'Table a {\n  id int [pk] // the key\n}\n';
    const scanned = scan(text)!;
    expect(scanned.count).toBeGreaterThan(0);
    releaseTokens(scanned);
    // Detached: their memory went to a buffer nothing refers to.
    expect([scanned.kinds.length, scanned.starts.length, scanned.ends.length, scanned.kinds.buffer.byteLength]).toEqual([0, 0, 0, 0]);
    // The parse releases its own arrays after descending; the comments it keeps are not in them.
    const r = parse(text, 'x.dbml');
    expect(r.document?.tables[0]?.name).toBe('a');
    expect([...(r.comments?.byStart.values() ?? [])].flatMap((c) => (c.trailing === undefined ? [] : [c.trailing]))).toEqual(['// the key']);
  });
});
