/** Index and constraint exactness cases on PostgreSQL 15, up and down, both directions. */
import { describe, expect, it } from 'vitest';
import { checkExactCase, idxConCases } from './idx-con-exact.js';
import { tempQueryable } from './pg.js';

describe('index and constraint cases on postgres 15', () => {
  const fresh = () => tempQueryable('gen_idxcon');
  it.each(idxConCases())('%s', async (name) => {
    expect(await checkExactCase(fresh, name, false)).toBe(true);
    expect(await checkExactCase(fresh, name, true)).toBe(true);
  });
});
