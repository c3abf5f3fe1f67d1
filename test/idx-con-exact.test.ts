/** Index and constraint exactness cases on PostgreSQL 15, up and then down. The down script is
 * the plan of the reverse diff, so this covers both directions: loading after.sql and migrating
 * to before.sql as well would repeat it (test:versions does, on other servers). Every other case
 * (test/sample.ts; the harness runs them all up). */
import { describe, expect, it } from 'vitest';
import { checkExactCase, idxConCases } from './idx-con-exact.js';
import { tempQueryable } from './pg.js';
import { sample } from './sample.js';

describe('index and constraint cases on postgres 15', () => {
  const fresh = () => tempQueryable('gen_idxcon');
  it.each(sample(idxConCases(), 2))('%s', async (name) => {
    expect(await checkExactCase(fresh, name, false)).toBe(true);
  });
});
