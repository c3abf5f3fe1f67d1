/** The unified diff that `gen format --check` and `gen status` print: a patch that turns the old
 * text into the new one, at a cost linear in the input (the `diff` package's Myers is quadratic
 * when every line changes: `format --check` of a re-indented 400 KB file ran for a minute). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { applyPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from '../src/cli/unified-diff.js';

/** Interns two line lists the way unifiedDiff does, for calling diffLines directly. */
function interned(a: readonly string[], b: readonly string[]) {
  const ids = new Map<string, number>();
  const id = (l: string) => ids.get(l) ?? (ids.set(l, ids.size), ids.size - 1);
  const ia = Int32Array.from(a, id);
  const ib = Int32Array.from(b, id);
  return diffLines(ia, ib, ids.size);
}

/** A schema-like text of `n` tables whose lines repeat (few unique anchors), as generated DBML. */
function tables(n: number, indent: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`Table t${i} {`, `${indent}id bigint [pk]`, `${indent}name text`, `${indent}created_at timestamptz`, '}', '');
  return out;
}

describe('unifiedDiff', () => {
  const text = fc.array(fc.constantFrom('a', 'b', 'c', '', ' a', 'x\\y', '\t', 'é'), { maxLength: 40 }).chain((lines) => fc.boolean().map((eol) => (lines.length === 0 ? '' : lines.join('\n') + (eol ? '\n' : ''))));

  it('is a patch from the old text to the new one (applied by the diff package)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const patch = unifiedDiff('f', 'f', a, b, 'current', 'formatted');
        expect(applyPatch(a, patch)).toBe(b);
        if (a === b) expect(patch).not.toContain('@@');
      }),
      { numRuns: 3000, seed: 20261206 },
    );
  });

  it('keeps the layout of createTwoFilesPatch', () => {
    expect(unifiedDiff('f', 'f', 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n', 'a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL', 'current', 'formatted')).toBe(
      [
        'Index: f',
        '===================================================================',
        '--- f\tcurrent',
        '+++ f\tformatted',
        '@@ -1,5 +1,5 @@',
        ' a',
        '-b',
        '+B',
        ' c',
        ' d',
        ' e',
        '@@ -9,4 +9,4 @@',
        ' i',
        ' j',
        ' k',
        '-l',
        '+L',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('m', 'w', '', 'x\n')).toBe('===================================================================\n--- m\t\n+++ w\t\n@@ -0,0 +1,1 @@\n+x\n');
  });

  it('does work linear in the lines when every line changes (a re-indented file)', () => {
    // Counts steps, not time: Myers alone needs ~N·D = N² steps here.
    for (const n of [200, 3200]) {
      const d = interned(tables(n, '    '), tables(n, '  '));
      const lines = 2 * 6 * n;
      expect(d.work).toBeLessThan(100 * lines);
      expect(d.deleted.reduce((s, x) => s + x, 0)).toBe(3 * n);
    }
  });

  it('stays linear without any unique line to anchor on', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 3000 }), fc.array(fc.constantFrom(0, 1, 3), { minLength: 1, maxLength: 3000 }), (xs, ys) => {
        const d = diffLines(Int32Array.from(xs), Int32Array.from(ys), 4);
        expect(d.work).toBeLessThan(100 * (xs.length + ys.length) + 200);
      }),
      { numRuns: 50, seed: 7 },
    );
  });

  it('finds the small edit in a large file (a change, not a replaced whole)', () => {
    const a = tables(2000, '  ');
    const b = [...a];
    b[6 * 1000 + 2] = '  name varchar';
    const patch = unifiedDiff('f', 'f', `${a.join('\n')}\n`, `${b.join('\n')}\n`);
    expect(patch.split('\n').filter((l) => l.startsWith('-') || l.startsWith('+')).length).toBe(4); // two headers, one - and one +
  });

  it('is the only line diff in src (nothing reaches the quadratic createTwoFilesPatch)', () => {
    const src = path.resolve(import.meta.dirname, '../src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)]));
    const users = files(src).filter((f) => /from 'diff'/.test(readFileSync(f, 'utf8')));
    expect(users).toEqual([]);
  });
});
