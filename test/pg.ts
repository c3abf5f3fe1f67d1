/** Test helper: a throw-away database on the PostgreSQL server at 127.0.0.1:5432. */
import pg from 'pg';
import { connect } from '../src/db/connect.js';
import type { Queryable } from '../src/db/queryable.js';

const base = process.env['GEN_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432';

/** Creates a fresh database (on `server`, default the local PostgreSQL); returns a client on it
 * and a cleanup function. */
export async function tempDatabase(prefix: string, server = base): Promise<{ client: pg.Client; name: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const client = new pg.Client({ connectionString: `${server}/${name}` });
  await client.connect();
  return {
    client,
    name,
    drop: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

/** A fresh database opened through gen's own `connect` (as the CLI opens one), on the same server
 * as `tempDatabase` (GEN_TEST_PG); `drop` closes it and drops the database. */
export async function tempQueryable(prefix: string, server = base): Promise<{ db: Queryable; url: string; drop: () => Promise<void> }> {
  const tmp = await tempDatabase(prefix, server);
  const url = `${server}/${tmp.name}`;
  const db = await connect(url);
  return {
    db,
    url,
    drop: async () => {
      await db.close();
      await tmp.drop();
    },
  };
}
