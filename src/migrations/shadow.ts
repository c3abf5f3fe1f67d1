/** The shadow database: a scratch database where gen replays migrations (to learn the schema they
 * produce) or builds a DBML schema (to learn how the server spells its expressions). An
 * in-memory PGlite by default; `--shadow-url` names a real server database that gen may wipe. */
import { connect } from '../db/connect.js';
import type { Queryable } from '../db/queryable.js';
import { introspect } from '../introspect/index.js';
import type { Schema } from '../model/types.js';
import { creationScript } from '../plan/migration.js';
import { runScript } from '../sql/run.js';
import type { MigrationFile } from './dir.js';

/** Drops every non-system schema and recreates `public`. */
export async function wipe(db: Queryable): Promise<void> {
  await db.exec(`DO $$ DECLARE s text; BEGIN
    FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
      EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP; END $$;
    CREATE SCHEMA public;`);
}

/** Runs `fn` on an empty shadow database and closes it afterwards. */
export async function withShadow<T>(shadowUrl: string | undefined, fn: (db: Queryable) => Promise<T>): Promise<T> {
  const db = await connect(shadowUrl ?? 'pglite:memory');
  try {
    if (shadowUrl !== undefined) await wipe(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** The schema that `migrations` produce, replayed in order on the shadow database. */
export async function replayMigrations(migrations: readonly MigrationFile[], shadowUrl?: string): Promise<Schema> {
  return withShadow(shadowUrl, async (db) => {
    for (const m of migrations) await runScript(db, m.sql, m.file);
    return (await introspect(db)).schema;
  });
}

/** True when a schema holds SQL expressions whose spelling only the server knows (checks, index
 * expressions and predicates, generated columns, function-call defaults). */
export function hasFreeExpressions(s: Schema): boolean {
  return s.tables.some(
    (t) =>
      t.checks.length > 0 ||
      t.indexes.some((i) => i.where !== undefined || i.parts.some((p) => p.kind === 'expression')) ||
      t.columns.some((c) => c.generated !== undefined || (c.default !== undefined && /\(/.test(c.default) && c.default !== 'now()')),
  );
}

/** `schema` as the server prints it: built from empty on the shadow database and introspected. */
export async function normaliseOnServer(schema: Schema, shadowUrl?: string): Promise<Schema> {
  return withShadow(shadowUrl, async (db) => {
    await runScript(db, creationScript(schema, 'gen migration'), 'schema (built on the shadow database)');
    return (await introspect(db)).schema;
  });
}
