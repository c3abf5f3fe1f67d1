/** Introspection: a live database read into the schema model with a fixed set of catalog
 * queries, sent in one round trip whatever the number of tables (two in parallel, on two
 * connections, for a large schema close by), after a probe of its size. */
import { readFileSync } from 'node:fs';
import type { Queryable } from '../db/queryable.js';
import type { Schema, SchemaObject } from '../model/types.js';
import { loadSqlParser } from '../sql/split.js';
import { canonicalView } from './view-canonical.js';
import { type UnmanagedObject, mapCatalog } from './map.js';
import type { CatalogRows } from './rows.js';

// The .sql files live in src/; the compiled module sits in dist/introspect/.
const queryDir = new URL('../../src/introspect/queries/', import.meta.url);
const sql = (name: string) => readFileSync(new URL(`${name}.sql`, queryDir), 'utf8');
const QUERIES = {
  schemas: sql('schemas'),
  enums: sql('enums'),
  tables: sql('tables'),
  columns: sql('columns'),
  sequences: sql('sequences'),
  constraints: sql('constraints'),
  indexes: sql('indexes'),
  unmanaged: sql('unmanaged'),
  objects: sql('objects'),
  dependencies: sql('dependencies'),
};

// Whether the database has views (then the SQL parser is needed), and how many relations of
// its own it holds (the catalog queries' cost grows with them).
const PROBE = "SELECT EXISTS (SELECT FROM pg_class WHERE relkind IN ('v', 'm') AND oid >= 16384) AS views, (SELECT count(*)::int FROM pg_class WHERE oid >= 16384) AS relations";

// Two lanes of about equal server time on a large schema: the dependency, constraint and column
// queries beside the rest.
const LANES: readonly (readonly (keyof CatalogRows)[])[] = [
  ['schemas', 'enums', 'tables', 'sequences', 'indexes', 'unmanaged', 'objects'],
  ['dependencies', 'constraints', 'columns'],
];

/** Whether the second lane, on a helper connection, pays for itself: it saves about half the
 * server's time (some 0.02 ms per relation) and costs a connection (about six round trips, as
 * long as the probe's, with authentication and perhaps TLS). A database across a slow network
 * or a small schema gets one batch on the one connection. */
export function twoLanes(relations: number, probeMs: number): boolean {
  return relations * 0.02 > 10 + 6 * probeMs;
}

/** The catalog query texts, by name (for round-trip counting and review). */
export const catalogQueries: Readonly<Record<keyof CatalogRows, string>> = QUERIES;

// `pg_index.indnullsnotdistinct` exists from PostgreSQL 15 on. Reading it through to_jsonb(row)
// works on every version but costs more than the rest of the index query.
const NULLS_NOT_DISTINCT = /\/\*NULLS_NOT_DISTINCT\*\//g;
// `pg_attribute.attcompression` exists from 14 on; NOT NULL constraints have names from 18 on;
// `pg_constraint.confdelsetcols` (ON DELETE SET NULL (columns)) exists from 15 on.
const COMPRESSION = /\/\*COMPRESSION\*\//g;
const NOT_NULL_NAME = /\/\*NOT_NULL_NAME\*\//g;
const DELSETCOLS = /\/\*DELSETCOLS\*\//g;
function forVersion(query: string, version: number): string {
  return query
    .replace(NULLS_NOT_DISTINCT, version >= 150000 ? 'i.indnullsnotdistinct::text' : 'NULL::text')
    .replace(DELSETCOLS, version >= 150000 ? 'con.confdelsetcols' : 'NULL::int2[]')
    .replace(COMPRESSION, version >= 140000 ? 'a.attcompression::text' : "''::text")
    .replace(NOT_NULL_NAME, version >= 180000 ? "(SELECT con.conname FROM pg_constraint con WHERE con.conrelid = a.attrelid AND con.contype = 'n' AND con.conkey[1] = a.attnum)" : 'NULL::name');
}

/** Reads the managed schema and the list of unmanaged objects of the database behind `db`
 * (`lanes` overrides the choice of one or two connections). */
export async function introspect(db: Queryable, options: { readonly lanes?: 1 | 2 } = {}): Promise<{ schema: Schema; unmanaged: UnmanagedObject[] }> {
  const version = db.serverVersion;
  const t0 = performance.now();
  const [probe] = await db.query<{ views: boolean; relations: number }>(PROBE);
  const lanes = (options.lanes ?? (twoLanes(probe?.relations ?? 0, performance.now() - t0) ? 2 : 1)) === 2 ? LANES : [LANES.flat()];
  // The SQL parser (for views) loads while the server answers; a failure shows where it is used.
  const parser = probe?.views === true ? loadSqlParser() : Promise.resolve();
  parser.catch(() => undefined);
  const results = await db.queryAllParallel(lanes.map((lane) => lane.map((n) => forVersion(QUERIES[n], version))));
  const rows = Object.fromEntries(lanes.flatMap((lane, l) => lane.map((n, i) => [n, results[l]?.[i]]))) as unknown as CatalogRows;
  const mapped = mapCatalog(rows);
  const objects = mapped.schema.objects;
  if (objects === undefined || !objects.some(isView)) return mapped;
  await parser;
  const compared = objects.map((o) => {
    const canonical = isView(o) ? canonicalView(o.create[0] ?? '') : undefined;
    return canonical !== undefined ? { ...o, compare: canonical } : o;
  });
  return { ...mapped, schema: { ...mapped.schema, objects: compared } };
}

const isView = (o: SchemaObject) => o.kind === 'view' || o.kind === 'materialized view';

export type { UnmanagedObject };
