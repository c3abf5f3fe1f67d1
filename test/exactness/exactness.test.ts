/** The exactness cases (test/exactness/cases) on the local PostgreSQL (GEN_TEST_PG), in both
 * modes: url (diff database to database) and pull (diff against the pulled DBML). A failure names
 * the step, with the script and a unified diff of the normalised dumps. `EXACTNESS_FILTER=seq-,idx-`
 * runs the cases with those name prefixes, `EXACTNESS_MODES=url` one mode; `EXACTNESS_REPORT=FILE`
 * appends one JSON line per result (test/exactness/run.js prints them as a table). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type Server, loadCases, modesFromEnv, parseFilter, probeServer, runCase, settle, dropPooled } from './harness.js';

const base = process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432';
const cases = loadCases(parseFilter(process.env['EXACTNESS_FILTER']));
const modes = modesFromEnv();
// Pull mode costs about twice url mode (pull, then the pulled schema built on PGlite, twice): the
// test suite runs it on every third case plus every no-op and mixed case (over 200), and
// `EXACTNESS_PULL=all` (what `npm run exactness` sets) on all of them.
const pullAll = process.env['EXACTNESS_PULL'] === 'all';
const inPullSample = (name: string, i: number) => pullAll || i % 3 === 0 || name.startsWith('noop-') || name.startsWith('mix-');

describe.concurrent('exactness', () => {
  let server: Server;
  beforeAll(async () => {
    server = await probeServer(base);
  });
  afterAll(async () => dropPooled(server));
  for (const [i, c] of cases.entries())
    for (const mode of modes.filter((m) => m === 'url' || inPullSample(c.name, i)))
      it(`${c.name} [${mode}]`, { timeout: 600_000 }, async (ctx) => {
        settle(await runCase(c, mode, server), (why) => ctx.skip(why));
      });
});
