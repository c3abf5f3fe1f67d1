/** The down script is proven (issue: rollback): for random schema pairs (fast-check), gen's proof
 * on the shadow database says "reversible" exactly when applying up then down on another
 * database gives back the same schema, column order included; otherwise it gives reasons, one
 * printable line each. PostgreSQL 15 for both databases; the seed is fixed (DOWN_SEED). */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../src/db/queryable.js';
import { markIrreversible, proveDowns } from '../src/migrations/down-proof.js';
import type { MigrationFile } from '../src/migrations/dir.js';
import { irreversibleReasons } from '../src/migrations/sum.js';
import { fingerprint } from '../src/model/schema.js';
import { creationScript, migration } from '../src/plan/migration.js';
import { runScript } from '../src/sql/run.js';
import { build, resetDatabase, state } from './diff-cases.js';
import { schemaPair } from './schema-arbitrary.js';
import { tempQueryable } from './pg.js';

const seed = Number(process.env['DOWN_SEED'] ?? 20261207);

describe('down.sql proof on random schema pairs', () => {
  let check: Queryable;
  let shadowUrl: string;
  const drops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    const a = await tempQueryable('gen_down_check');
    const b = await tempQueryable('gen_down_shadow');
    check = a.db;
    shadowUrl = b.url;
    await b.db.close();
    drops.push(a.drop, b.drop);
  });
  afterAll(async () => {
    for (const d of drops) await d().catch(() => undefined);
  });

  it('reversible exactly when up then down restores the schema; else reasons', async () => {
    const seen = { reversible: 0, irreversible: 0 };
    await fc.assert(
      fc.asyncProperty(schemaPair, async ([a, b]) => {
        const m = migration(a, b);
        const base: MigrationFile = { name: '20260101000000_a', file: 'a/migration.sql', sql: creationScript(a, 'a') };
        const candidate: MigrationFile = { name: '20260102000000_b', file: 'b/migration.sql', sql: m.upSql, down: { file: 'b/down.sql', sql: m.downSql } };
        const {
          proofs: [proof],
        } = await proveDowns([base, candidate], (f) => f === candidate, shadowUrl);
        // The same question answered independently on another database.
        await resetDatabase(check);
        await build(check, a);
        const before = await state(check);
        await runScript(check, m.upSql, 'up.sql');
        await runScript(check, m.downSql, 'down.sql');
        const exact = fingerprint(await state(check)) === fingerprint(before);
        expect(proof!.reasons.length === 0).toBe(exact);
        for (const r of proof!.reasons) expect(r).toMatch(/^[^\n\r\u2028\u2029]+$/);
        // The marker lines read back as the same reasons.
        expect(irreversibleReasons(markIrreversible(m.downSql, proof!.reasons))).toEqual(proof!.reasons);
        seen[exact ? 'reversible' : 'irreversible']++;
      }),
      { numRuns: Number(process.env['DOWN_RUNS'] ?? 60), seed, endOnFailure: true },
    );
    // Both verdicts occur, so neither branch goes untested.
    expect(seen.reversible).toBeGreaterThan(0);
    expect(seen.irreversible).toBeGreaterThan(0);
  }, 600_000);
});
