/** Acceptance 3: mutated corpus inputs never crash or hang the front end; every result is a
 * model or diagnostics with a position. The second part is a seeded slice of `npm run fuzz`
 * (test/fuzz/): grammar-based and byte-mutated inputs through parser, printer and differ. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/dbml/index.js';
import { corpusUnits } from './corpus-helpers.js';
import { applyMutations as apply, mutation } from './mutate.js';
import { checkInput } from './fuzz/check.js';
import { corpusTexts, fuzzInput } from './fuzz/inputs.js';

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

// The CI slice of `npm run fuzz`: the same inputs as `npm run fuzz -- --seed S --count N`.
const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 20261206);
const FUZZ_COUNT = Number(process.env['FUZZ_COUNT'] ?? 2000);

describe(`npm run fuzz slice (seed ${FUZZ_SEED}, ${FUZZ_COUNT} inputs)`, () => {
  it('parser, printer and differ hold on every input', () => {
    const corpus = corpusTexts();
    const failing: string[] = [];
    let accepted = 0;
    for (let i = 0; i < FUZZ_COUNT; i++) {
      const res = checkInput(fuzzInput(FUZZ_SEED, i, corpus).text);
      if (res.accepted) accepted++;
      if (res.problems.length > 0) failing.push(`input ${i} (replay: npm run fuzz -- --seed ${FUZZ_SEED} --start ${i} --count 1): ${res.problems[0]}`);
    }
    expect(failing).toEqual([]);
    // The slice must reach the printer and differ, not only the parser's rejections.
    expect(accepted).toBeGreaterThan(FUZZ_COUNT / 10);
  }, 600_000);

  it('the runner reports a hang with its seed, writes the input, names the replay command and goes on', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'gen-fuzz-'));
    try {
      // GEN_FUZZ_HANG_AT makes the worker spin forever at that input: a real hang.
      const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, 'fuzz/run.js'), '--seed', '5', '--count', '3', '--timeout-ms', '3000', '--out', out], { encoding: 'utf8', env: { ...process.env, GEN_FUZZ_HANG_AT: '1' } });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('fuzz: seed 5,');
      expect(r.stdout).toMatch(/FAIL input 1 \((grammar|mutated)\): hang: no result within 3000 ms/);
      expect(r.stdout).toContain('replay: npm run fuzz -- --seed 5 --start 1 --count 1');
      expect(r.stdout).toMatch(/fuzz: 3 inputs/); // the inputs after the hang ran in a new worker
      expect(readFileSync(path.join(out, '5-1.dbml'), 'utf8')).toBe(fuzzInput(5, 1, corpusTexts()).text);
      expect(existsSync(path.join(out, '5-0.dbml'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('a run passes and prints its figures', () => {
    const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, 'fuzz/run.js'), '--seed', '9', '--count', '30'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/fuzz: 30 inputs \(\d+ grammar-based, \d+ corpus mutations; \d+ accepted/);
    expect(r.status).toBe(0);
  }, 120_000);
});
