/** Repeated column lines (`column-lines.ts`): the fast path takes a Table body line that repeats
 * an earlier plain column line without building its syntax. Whatever the input, the document and
 * the diagnostics must be exactly those of reading every line (the fast path without the memo,
 * which `fast-parse.test.ts` holds equal to chevrotain's syntax). */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descend } from '../src/dbml/parse/descend.js';
import { Reporter } from '../src/dbml/diagnostics.js';
import { interpreter, parseSource } from '../src/dbml/interpret/interpret.js';
import { checkLayout } from '../src/dbml/parse/index.js';
import { scan } from '../src/dbml/lex/scan.js';
import type { Statement } from '../src/dbml/parse/syntax.js';
import { parse } from '../src/dbml/index.js';
import { corpusUnits } from './corpus-helpers.js';
import { applyMutations, mutation } from './mutate.js';

/** The fast path reading every line, or undefined when it rejects the text. */
function everyLine(text: string) {
  const scanned = scan(text);
  if (!scanned) return undefined;
  const r = new Reporter('x.dbml', text);
  const it = interpreter(r, text);
  const ok = descend(text, scanned, (st) => {
    checkLayout([st], r, text, true);
    it.add(st);
  });
  return ok ? { document: it.document, diagnostics: r.diagnostics } : undefined;
}

/** Members the memo took as read, in the fast path with the memo. */
function repeats(text: string): number {
  const scanned = scan(text);
  if (!scanned) return 0;
  const it = interpreter(new Reporter('x.dbml', text), text);
  let n = 0;
  const count = (st: Statement) => {
    for (const m of st.block?.members ?? []) if (m.column) n++;
  };
  descend(
    text,
    scanned,
    (st) => {
      count(st);
      it.add(st);
    },
    it.lines,
  );
  return n;
}

/** Compares both readings; returns how many lines the memo took (0 when the fast path rejects). */
function agree(text: string): number {
  const plain = everyLine(text);
  if (!plain) return 0;
  const memo = parseSource(text, 'x.dbml');
  expect(JSON.parse(JSON.stringify(memo.document))).toEqual(JSON.parse(JSON.stringify(plain.document)));
  expect(memo.diagnostics).toEqual(plain.diagnostics);
  return repeats(text);
}

/** Copies line `from` after line `to` (a line-level mutation: repeats lines across tables). */
function copyLine(text: string, from: number, to: number): string {
  const lines = text.split('\n');
  const l = lines[from % lines.length]!;
  lines.splice((to % lines.length) + 1, 0, l);
  return lines.join('\n');
}

const texts = corpusUnits().map((u) => readFileSync(u.file, 'utf8'));

describe('repeated column lines', () => {
  it('read the same as every line read in full, on every corpus unit', () => {
    let taken = 0;
    for (const t of texts) taken += agree(t);
    // The benchmark files alone repeat thousands of column lines.
    expect(taken).toBeGreaterThan(10_000);
  });

  it('read the same on edge cases of what a repeat may be', () => {
    const twice = (body: string, header = 'Table') => `${header} a {\n${body}\n}\n${header} b {\n${body}\n}\n`;
    const cases: [string, boolean][] = [
      [twice("  x int [pk, increment]\n  y varchar(255) [not null, default: 'v', note: 'n']"), true],
      [twice('  x int [pk, pk]'), false], // a diagnostic: every occurrence reports it
      [twice('  x int [null, not null]'), false],
      [`${twice('  x int [ref: > c.id]')}Table c {\n  id int\n}\n`, false], // inline refs name their table
      [twice('  "x"int'), false], // missing space between the parts
      [twice('  x int []'), true], // an empty list is no diagnostic
      [twice('  x int [pk,]'), false],
      [twice('  x int pk'), false], // three parts
      [twice('  x int [pk] unique'), false], // parts after the settings
      [twice("  x int [note: 'a'] // trailing comment"), true],
      [twice('  x int\n  x int'), true], // a duplicate column: reported for each
      [`${twice('  x int [pk]', 'TablePartial')}Table t {\n  ~a\n  x int [pk]\n}\n`, true],
      ['Table a {\n  x int\n  indexes {\n    x int\n  }\n}\nTable b { x int }\n', true], // an index line of the same text stays an index line
      ["Table a {\n  note varchar\n}\nTable b {\n  note varchar\n  Note: 't'\n}\n", true],
      ['Table a {\n  x int [\n    pk\n  ]\n}\nTable b {\n  x int [\n    pk\n  ]\n}\n', true], // settings over several lines: one member, the same text
      ['Table a {\n  x int [pk]\n}\nTable b {\n  x int [pk] }\n', true],
      ['Table a {\n  x int [default: 1]\n}\nTable b {\n  x int [default: 1]  }\nEnum e {\n  x int [default: 1]\n}\n', true],
      ["Table a {\n  x status [default: 'active']\n}\nTable b {\n  x status [default: 'active']\n}\nEnum status {\n  active\n}\n", true],
      ['Table a {\n  x e.v [default: e.v]\n}\nTable b {\n  x e.v [default: e.w]\n}\nEnum e {\n  v\n}\n', false],
    ];
    for (const [text, repeated] of cases) {
      const n = agree(text);
      expect(n > 0, text).toBe(repeated);
    }
  });

  it('read the same on corpus inputs with lines copied and tokens mutated', () => {
    const seeds = texts.filter((t) => t.length < 20_000 && /^\s*Table/im.test(t));
    let taken = 0;
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }), fc.array(mutation, { maxLength: 2 }), (seed, copies, ms) => {
        let text = seeds[seed]!;
        for (const [from, to] of copies) text = copyLine(text, from, to);
        if (agree(applyMutations(text, ms)) > 0) taken++;
      }),
      { numRuns: 1500, seed: Number(process.env['FUZZ_SEED'] ?? 20261122) },
    );
    // Copied lines must often be taken as repeats for the comparison to mean anything.
    expect(taken).toBeGreaterThan(100);
  });

  it('share one column object between lines of the same text, each line keeping its own position', () => {
    const text = 'Table a {\n  id int [pk]\n  x text(5)\n}\nTable b {\n  id int [pk]\n  y int\n  x text(5)\n}\n';
    const r = parse(text, 'x.dbml');
    const [a, b] = r.document!.tables;
    expect(b!.items[0]).toBe(a!.items[0]);
    expect(b!.items[2]).toBe(a!.items[1]);
    const lineOf = (t: typeof a, i: number) => text.slice(t!.itemSpans[2 * i], t!.itemSpans[2 * i + 1]);
    expect([lineOf(a, 0), lineOf(a, 1), lineOf(b, 0), lineOf(b, 1), lineOf(b, 2)]).toEqual(['id int [pk]', 'x text(5)', 'id int [pk]', 'y int', 'x text(5)']);
    // Lowering's warnings name each table's own line, not the first line of that text.
    const warnings = r.diagnostics.filter((d) => d.code === 'PG_INCOMPATIBLE').map((d) => `${d.message} @${d.start.line}:${d.start.col}`);
    expect(warnings).toEqual(['a.x: type text takes no modifier; (5) is ignored @3:3', 'b.x: type text takes no modifier; (5) is ignored @8:3']);
  });

  it('report errors on a repeated line at that line', () => {
    const errors = (text: string) =>
      parse(text, 'x.dbml')
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => `${d.code} @${d.start.line}:${d.start.col}`);
    expect(errors('Table a {\n  x int\n}\nTable b {\n  id int\n  x int\n  x int\n}\n')).toEqual(['DUPLICATE_COLUMN_NAME @6:3', 'DUPLICATE_COLUMN_NAME @7:3']);
    expect(errors('Table c {\n  s e [default: e.nope]\n}\nTable d {\n  id int\n  s e [default: e.nope]\n}\nEnum e {\n  v\n}\n')).toEqual(['BINDING_ERROR @2:3', 'BINDING_ERROR @6:3']);
  });
});
