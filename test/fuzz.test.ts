/** Acceptance 3: mutated corpus inputs never crash or hang the front end; every result is a
 * model or diagnostics with a position. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../dist/dbml/index.js';
import { corpusUnits } from './corpus-helpers.js';
import { applyMutations as apply, mutation } from './mutate.js';

const seeds = corpusUnits()
  .map((u) => readFileSync(u.file, 'utf8'))
  .filter((t) => t.length < 20_000);

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
