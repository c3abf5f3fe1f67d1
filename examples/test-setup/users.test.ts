import pg from 'pg';
import { expect, inject, test } from 'vitest';

test('the migrated database has the users table', async () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT to_regclass('public.users') AS t");
    expect(rows[0].t).toBe('users');
  } finally {
    await client.end();
  }
});
