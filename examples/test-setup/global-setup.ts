/** A vitest global setup: one fresh database per test run, with the project's migrations applied
 * by gen-migrate's `deploy` (the same code path as production), dropped when the run ends. */
import { deploy } from 'gen-migrate';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Runs one statement on the server's maintenance database. */
async function admin(server: URL, sql: string): Promise<void> {
  const url = new URL(server);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = new URL(process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432');
  const name = `app_test_${process.pid}`;
  await admin(server, `DROP DATABASE IF EXISTS ${name}`);
  await admin(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  // cwd: the project root, where migrations/ (or gen.config.json's folder) is.
  const result = await deploy({ url: url.href, cwd: project.config.root });
  console.log(`test database ${name}: ${result.pending.length} migration(s) applied`);
  project.provide('databaseUrl', url.href);
  return async () => {
    await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
}
