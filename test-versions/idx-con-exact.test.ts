/** The index and constraint exactness cases on PostgreSQL 13 and 18, where their SQL loads: every
 * third (test/sample.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../test/embedded-server.js';
import { checkExactCase, idxConCases } from '../test/idx-con-exact.js';
import { loadCases } from '../test/exactness/harness.js';
import { tempQueryable } from '../test/pg.js';
import { sample } from '../test/sample.js';

// A case whose SQL needs a newer server says so (`-- requires: 15`): it runs where it loads.
const required = new Map(loadCases(['idx-', 'con-']).map((c) => [c.name, c.requires.minMajor]));

describe.each(['pg13', 'pg18'])('index and constraint cases on %s', (pkg) => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer(pkg);
  });
  afterAll(async () => server?.stop());
  it.each(sample(idxConCases(), 3).filter((name) => Number(pkg.slice(2)) >= (required.get(name) ?? 0)))('%s', async (name) => {
    const fresh = () => tempQueryable('gen_v_idxcon', server.url);
    expect(await checkExactCase(fresh, name, false)).toBe(true);
    expect(await checkExactCase(fresh, name, true)).toBe(true);
  });
});
