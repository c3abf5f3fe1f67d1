/** Acceptance 3: mutated corpus inputs never crash or hang the front end; every result is a
 * model or diagnostics with a position. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../dist/dbml/index.js';
import { corpusUnits } from './corpus-helpers.js';

const seeds = corpusUnits()
  .map((u) => readFileSync(u.file, 'utf8'))
  .filter((t) => t.length < 20_000);

/** Splits into rough tokens (words, strings, punctuation, whitespace) to mutate at token level. */
const tokensOf = (t: string) => t.match(/'''[\s\S]*?'''|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`|\w+|\s+|[\s\S]/g) ?? [];

type Mutation = { op: 'delete' | 'duplicate' | 'swap' | 'insert'; at: number; other: number; bytes: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  bytes: fc.string({ unit: 'binary', maxLength: 4 }),
});

function apply(text: string, ms: readonly Mutation[]): string {
  const toks = tokensOf(text);
  for (const m of ms) {
    if (toks.length === 0) break;
    const i = m.at % toks.length;
    const j = m.other % toks.length;
    switch (m.op) {
      case 'delete':
        toks.splice(i, 1);
        break;
      case 'duplicate':
        toks.splice(i, 0, toks[i]!);
        break;
      case 'swap':
        [toks[i], toks[j]] = [toks[j]!, toks[i]!];
        break;
      case 'insert':
        toks.splice(i, 0, m.bytes);
        break;
    }
  }
  return toks.join('');
}

describe('fuzz', () => {
  it('never crashes, always a model or positioned diagnostics', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seed, ms) => {
        const text = apply(seeds[seed]!, ms);
        const res = parse(text, 'fuzz.dbml');
        const errors = res.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length === 0) expect(res.schema).toBeDefined();
        for (const d of res.diagnostics) {
          expect(d.start.line).toBeGreaterThanOrEqual(1);
          expect(d.start.col).toBeGreaterThanOrEqual(1);
          expect(d.code).toMatch(/^[A-Z_]+$/);
        }
      }),
      { numRuns: 1500, seed: Number(process.env['FUZZ_SEED'] ?? 20261121) },
    );
  });
});
