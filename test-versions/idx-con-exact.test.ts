/** The index and constraint exactness cases on PostgreSQL 13 and 18, where their SQL loads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../test/embedded-server.js';
import { checkExactCase, idxConCases } from '../test/idx-con-exact.js';
import { tempQueryable } from '../test/pg.js';

// Cases whose SQL PostgreSQL 13 rejects (NULLS NOT DISTINCT, ON DELETE SET NULL (columns)).
const NEWER_THAN_13 = /nulls-not-distinct|-nnd-|set-null-columns|set-default-columns|fk-rich-noop|fk-new-table|new-table-keys/;

describe.each(['pg13', 'pg18'])('index and constraint cases on %s', (pkg) => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer(pkg);
  });
  afterAll(async () => server?.stop());
  it.each(idxConCases())('%s', async (name) => {
    const fresh = () => tempQueryable('gen_v_idxcon', server.url);
    const loads = pkg !== 'pg13' || !NEWER_THAN_13.test(name);
    expect(await checkExactCase(fresh, name, false)).toBe(loads);
    if (loads) expect(await checkExactCase(fresh, name, true)).toBe(true);
  });
});
