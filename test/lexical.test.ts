import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DigitClass, classifyDigits, identPart } from '../src/dbml/lex/lexical.js';

// The regular-expression definition that classifyDigits implements by hand.
function reference(text: string, offset: number): { cls: DigitClass; end: number } {
  const num = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  num.lastIndex = offset;
  const m = num.exec(text);
  let end = offset + (m ? m[0].length : 1);
  let cls: DigitClass = 'number';
  const numeric = m ? m[0] : '';
  const next = text[end];
  if (next !== undefined && identPart.test(next) && !/[.+-]/.test(numeric)) {
    while (end < text.length && identPart.test(text[end]!)) end++;
    cls = 'ident';
  } else if (next !== undefined && (next === '.' || identPart.test(next))) {
    while (end < text.length && (text[end] === '.' || identPart.test(text[end]!))) end++;
    cls = 'bad';
  }
  return { cls, end };
}

describe('classifyDigits', () => {
  it.each([
    ['12', 'number', 2],
    ['1.5e3', 'number', 5],
    ['1e+5)', 'number', 4],
    ['1abc', 'ident', 4],
    ['1e5abc', 'ident', 6],
    ['1e+5a', 'bad', 5],
    ['1.2.3', 'bad', 5],
    ['12.3abc', 'bad', 7],
    ['1.a', 'bad', 3],
    ['3a.4a', 'ident', 2],
    ['7é', 'ident', 2],
    ['1e', 'ident', 2],
    ['2.', 'bad', 2],
  ] as const)('%s', (text, cls, end) => {
    expect(classifyDigits(text, 0)).toEqual({ cls, end });
  });

  it('agrees with the regular-expression definition on random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'0123456789.eE+-a_é )'.split('')), { maxLength: 14 }).map((cs) => cs.join('')),
        fc.nat(13),
        (tail, at) => {
          const text = `${tail.slice(0, at)}7${tail.slice(at)}`;
          const offset = Math.min(at, tail.length);
          expect(classifyDigits(text, offset)).toEqual(reference(text, offset));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
