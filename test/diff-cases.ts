/** Test helper: the golden diff cases (fixtures/diff/<case>/{from.dbml,to.dbml,expected.sql}),
 * their scripts, and a way to build a schema in a database and reset it. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Queryable } from '../src/db/queryable.js';
import { parse } from '../src/dbml/index.js';
import type { Rename } from '../src/diff/changes.js';
import { introspect } from '../src/introspect/index.js';
import { EMPTY_SCHEMA, migration } from '../src/plan/migration.js';
import type { Schema } from '../src/model/types.js';
import { canonicalJson, sortSchema } from '../src/model/schema.js';
import { runScript } from '../src/sql/run.js';

export const diffRoot = path.resolve(import.meta.dirname, '../fixtures/diff');

/** Case folders with DBML sides (from.dbml, to.dbml), sorted. */
export function diffCases(): string[] {
  return existsSync(diffRoot)
    ? readdirSync(diffRoot)
        .filter((n) => existsSync(path.join(diffRoot, n, 'from.dbml')))
        .sort()
    : [];
}

/** Case folders with SQL sides (from.sql, to.sql): for what DBML cannot say (NOT VALID, identity
 * ALWAYS, generated columns, collations, partial indexes, enum comments, ...). */
export function sqlDiffCases(): string[] {
  return existsSync(diffRoot)
    ? readdirSync(diffRoot)
        .filter((n) => existsSync(path.join(diffRoot, n, 'from.sql')))
        .sort()
    : [];
}

function parsed(file: string): { schema: Schema; renames: readonly Rename[] } {
  const r = parse(readFileSync(file, 'utf8'), file);
  if (!r.schema) throw new Error(`${file}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return { schema: r.schema, renames: r.renames ?? [] };
}

/** A case's schemas and scripts. `online: false` when the case folder has a `no-online` file. */
export function diffCase(name: string) {
  const dir = path.join(diffRoot, name);
  const from = parsed(path.join(dir, 'from.dbml'));
  const to = parsed(path.join(dir, 'to.dbml'));
  const online = !existsSync(path.join(dir, 'no-online'));
  const m = migration(from.schema, to.schema, { renames: to.renames, online, title: name });
  const seed = existsSync(path.join(dir, 'seed.sql')) ? readFileSync(path.join(dir, 'seed.sql'), 'utf8') : undefined;
  return { dir, from: from.schema, to: to.schema, online, seed, ...m };
}

/** A clean database without creating a new one. */
export { wipe as resetDatabase } from '../src/migrations/shadow.js';

/** Builds `schema` from empty with gen's own renderer. */
export async function build(db: Queryable, schema: Schema): Promise<void> {
  await runScript(db, migration(EMPTY_SCHEMA, schema).upSql, 'build.sql');
}

/** Introspects and returns the schema only. */
export async function state(db: Queryable): Promise<Schema> {
  return (await introspect(db)).schema;
}

/** A schema as JSON for comparing database states. Column order is left out: PostgreSQL cannot
 * reorder columns, so an added column always goes last (as with every migration tool). */
export function comparable(s: Schema): unknown {
  const sorted = sortSchema(s);
  return JSON.parse(canonicalJson({ ...sorted, tables: sorted.tables.map((t) => ({ ...t, columns: [...t.columns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) })) }));
}
