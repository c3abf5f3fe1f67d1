/** Normalisation agreement (issue 3, acceptance 3): every valid corpus DBML with tables is built
 * on PostgreSQL 15 by gen's own renderer and introspected; the model must equal the parsed one,
 * field by field. A difference is a bug in one of the two normalisers, and the test names the
 * field. SQL expressions (checks, index expressions and predicates, backtick defaults) are kept
 * as written and compared through the server elsewhere (gen diff builds a DBML side on the
 * shadow database), so they are left out here.
 *
 * Units that do not describe PostgreSQL tables fail to build; each such failure must match one
 * of the reasons below, so a failure caused by gen's own SQL still fails the test. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../src/db/queryable.js';
import { expandColumns, partialMap } from '../src/dbml/bind/bind.js';
import { parseDbmlFile } from '../src/dbml/index.js';
import { introspect } from '../src/introspect/index.js';
import { wipe } from '../src/migrations/shadow.js';
import { canonicalJson, sortSchema } from '../src/model/schema.js';
import type { Schema } from '../src/model/types.js';
import { EMPTY_SCHEMA, migration } from '../src/plan/migration.js';
import { runScript } from '../src/sql/run.js';
import { corpusUnits } from './corpus-helpers.js';
import { tempQueryable } from './pg.js';

/** Why PostgreSQL may refuse a corpus schema that @dbml/core accepts. */
const NOT_POSTGRES: readonly [RegExp, string][] = [[/^type ".*" does not exist$/, 'a type of another database (datetime, nvarchar2, NUMBER, ...) or a made-up one']];
// (References to columns that are no key, between types that do not compare, and hash indexes
// on two columns or unique are rejected by validate now: see test/validate-postgres.test.ts.)

/** Units whose backtick expressions are written for another database (the SQL is the author's). */
const FOREIGN_EXPRESSIONS: Readonly<Record<string, string>> = {
  'valid/parse-snapshots/interpreter/checks.in.dbml': 'len() is SQL Server',
  'valid/core-dbml-exporter-expected/checks.out.dbml': 'len() is SQL Server',
  'valid/parse-snapshots/interpreter/column_caller_type.in.dbml': 'nvarchar(MAX) is SQL Server',
  'valid/parse-snapshots/validator/column_caller_type.in.dbml': 'nvarchar(MAX) is SQL Server',
  'valid/core-importer-expected/mssql_importer/checks.out.dbml': 'nvarchar(MAX) is SQL Server',
  'valid/parse-snapshots/interpreter/default_tables.in.dbml': '`interval 1 year` is MySQL',
  'valid/core-dbml-exporter-expected/default_tables.out.dbml': '`interval 1 year` is MySQL',
  'valid/parse-snapshots/interpreter/multi_notes.in.dbml': 'getdate() is SQL Server',
  'valid/parse-snapshots/validator/complex_indexes.in.dbml': 'getdate() is SQL Server',
  'valid/core-importer-expected/mssql_importer/check_constraint.out.dbml': '[bracketed] identifiers are SQL Server',
  'valid/core-importer-expected/mssql_importer/general_schema.out.dbml': '[bracketed] identifiers are SQL Server',
  'valid/core-importer-expected/mssql_importer/multiple_schema.out.dbml': '[bracketed] identifiers are SQL Server',
  'valid/cli-db2dbml-expected/mssql/schema.dbml': '[bracketed] identifiers are SQL Server',
  'valid/cli-sql2dbml-expected/multiple_schema_mssql/multiple_schema.out.dbml': '[bracketed] identifiers are SQL Server',
  'valid/core-importer-expected/mysql_importer/checks.out.dbml': 'REGEXP is MySQL',
  'valid/core-importer-expected/postgres_importer/db_dump.out.dbml': 'uuid_generate_v1() needs the uuid-ossp extension',
  'valid/core-importer-expected/snowflake_importer/create_table.out.dbml': 'Snowflake expressions',
  'valid/core-dbml-exporter-expected/index_tables.out.dbml': 'an index expression that is not SQL',
  'valid/cli-db2dbml-expected/postgres/schema.dbml': 'a JSON default written as a bare `{...}` expression',
};

const units = corpusUnits().filter((u) => u.cls === 'valid' && u.coreOk);

/** The model without the SQL expressions that are stored as written. */
function comparableModel(s: Schema, expressionDefaults: ReadonlySet<string>): unknown {
  const sorted = sortSchema(s);
  return JSON.parse(
    canonicalJson({
      ...sorted,
      tables: sorted.tables.map((t) => ({
        ...t,
        columns: t.columns.map((c) => (expressionDefaults.has(`${t.schema}.${t.name}.${c.name}`) ? { ...c, default: 'expression' } : c)),
        checks: t.checks.map((c) => ({ ...c, expression: 'expression' })),
        indexes: t.indexes.map((i) => ({ ...i, where: i.where === undefined ? undefined : 'expression', parts: i.parts.map((p) => (p.kind === 'expression' ? { ...p, expression: 'expression' } : p)) })),
      })),
    }),
  );
}

/** The first differing field, as a path. */
function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (canonicalJson(a) === canonicalJson(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: parsed ${JSON.stringify(b)}, server ${JSON.stringify(a)}`;
}

describe('normalisation agreement on the corpus (PostgreSQL 15)', () => {
  let db: Queryable;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await tempQueryable('gen_agree'));
  });
  afterAll(async () => drop());

  const built: string[] = [];
  it.each(units.map((u) => [u.unit, u.file] as const))('%s', async (unit, file) => {
    const r = parseDbmlFile(file);
    // Valid DBML; gen's PostgreSQL rules (stage `postgres`) may still reject it.
    expect(r.diagnostics.filter((d) => d.severity === 'error' && d.stage !== 'postgres')).toEqual([]);
    if (!r.schema || !r.document || r.schema.tables.length === 0) return;
    await wipe(db);
    try {
      await runScript(db, migration(EMPTY_SCHEMA, r.schema).upSql, unit);
    } catch (e) {
      const reason = ((e as { reason?: string }).reason ?? (e as Error).message).split('\n')[0]!;
      const known = NOT_POSTGRES.some(([re]) => re.test(reason)) || (unit in FOREIGN_EXPRESSIONS && /syntax error|does not exist/.test(reason));
      expect(known ? 'not PostgreSQL' : `gen's SQL failed: ${(e as Error).message}`).toBe('not PostgreSQL');
      return;
    }
    built.push(unit);
    const partials = partialMap(r.document);
    const expressionDefaults = new Set<string>();
    for (const t of r.document.tables) for (const c of expandColumns(t, partials)) if (c.default?.kind === 'expression') expressionDefaults.add(`${t.schema}.${t.name}.${c.name}`);
    const got = comparableModel((await introspect(db)).schema, expressionDefaults);
    const want = comparableModel(r.schema, expressionDefaults);
    expect(firstDifference(got, want)).toBeUndefined();
  });
  it('builds a good share of the corpus', () => expect(built.length).toBeGreaterThanOrEqual(60));
});
