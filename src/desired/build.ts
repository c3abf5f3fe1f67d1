/** The desired state from DBML plus SQL: the DBML model's DDL and the SQL files' statements run
 * on the shadow database, which is then introspected. PostgreSQL itself interprets the SQL (as
 * Atlas's dev database and pg-schema-diff do), so whatever the server accepts, gen reads back in
 * the server's own spelling. */
import type { Queryable } from '../db/queryable.js';
import { DbError } from '../db/queryable.js';
import { diff } from '../diff/index.js';
import { introspect } from '../introspect/index.js';
import type { Schema } from '../model/types.js';
import { plan } from '../plan/index.js';
import { EMPTY_SCHEMA } from '../plan/migration.js';
import { statements } from '../render/op.js';
import { splitStatements, SqlSyntaxError, loadSqlParser, type SqlStatement } from '../sql/split.js';
import { dbmlClaims, type Claim } from './claims.js';
import { ensureRoles } from '../sql/roles.js';

/** One SQL file of the desired state. */
export interface SqlSource {
  readonly file: string;
  readonly text: string;
}

/** Where a statement came from, for messages. */
interface Origin {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly what?: string;
}

interface Pending {
  readonly sql: string;
  /** The parsed statement (SQL files only), for the roles it names. */
  readonly statement?: SqlStatement;
  readonly origin: Origin;
  /** A SQL file's `CREATE SCHEMA s` for a schema the DBML side already creates. */
  readonly schemaOf?: string;
  /** The name a SQL statement creates (a table, index, type, sequence or constraint). */
  readonly creates?: string;
}

/** `o.k1.k2...` of a parse-tree node, or undefined. */
const at = (o: unknown, ...keys: (string | number)[]): unknown => keys.reduce<unknown>((x, k) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);
const str = (x: unknown) => (typeof x === 'string' ? x : undefined);

/** The name `s` creates, if it creates one: to point at the SQL side of a name defined twice. */
function createdName(s: SqlStatement): string | undefined {
  const n = s.node;
  switch (s.type) {
    case 'CreateStmt':
      return str(at(n, 'relation', 'relname'));
    case 'IndexStmt':
      return str(at(n, 'idxname'));
    case 'CreateSeqStmt':
      return str(at(n, 'sequence', 'relname'));
    case 'CreateEnumStmt': {
      const names = at(n, 'typeName');
      return Array.isArray(names) ? str(at(names.at(-1), 'String', 'sval')) : undefined;
    }
    case 'AlterTableStmt': {
      const cmds = at(n, 'cmds');
      const add = Array.isArray(cmds) ? cmds.find((c) => at(c, 'AlterTableCmd', 'subtype') === 'AT_AddConstraint') : undefined;
      return str(at(add, 'AlterTableCmd', 'def', 'Constraint', 'conname'));
    }
    default:
      return undefined;
  }
}

/** A statement of the desired state that PostgreSQL rejected, or an object defined twice. */
export class DesiredStateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly code: 'SQL_SYNTAX' | 'SQL_REJECTED' | 'DEFINED_TWICE' | 'SQL_TRANSACTION',
    message: string,
  ) {
    super(message);
    this.name = 'DesiredStateError';
  }
}

// A statement that refers to something another statement (later in the files, or on the other
// side) creates fails with one of these; it is tried again once that has run.
const MISSING = new Set(['42P01', '42704', '42883', '3F000', '42703', '42P10', '42830']);
// Creating what exists already: the same object defined in the DBML and in SQL (or twice in SQL).
const DUPLICATE = new Set(['42P07', '42710', '42723', '42P06', '42P16']);

const serverMessage = (e: unknown) => (e instanceof DbError && e.server ? `${e.server.message}${e.server.hint ? ` (hint: ${e.server.hint})` : ''}` : (e as Error).message);
const sqlstate = (e: unknown) => (e instanceof DbError ? e.sqlstate : undefined);

/** Splits each SQL file, refusing transaction control (the files state a schema, not a script)
 * and whatever restates what the DBML declares. */
async function sqlStatements(sources: readonly SqlSource[], dbml: Schema, dbmlFiles: readonly string[]): Promise<Pending[]> {
  await loadSqlParser();
  const claims = dbmlClaims(dbml);
  const dbmlSchemas = new Set(dbml.tables.map((t) => t.schema).concat(dbml.enums.map((e) => e.schema)));
  const out: Pending[] = [];
  for (const src of sources) {
    let list: SqlStatement[];
    try {
      list = splitStatements(src.text);
    } catch (e) {
      if (e instanceof SqlSyntaxError) throw new DesiredStateError(src.file, e.line, e.column, 'SQL_SYNTAX', e.message);
      throw e;
    }
    for (const s of list) {
      if (s.type === 'TransactionStmt')
        throw new DesiredStateError(src.file, s.line, s.column, 'SQL_TRANSACTION', 'transaction control (BEGIN, COMMIT, ...) has no place in a schema file: it states what the database holds, gen writes the migration');
      const twice = restated(s, claims);
      if (twice) throw new DesiredStateError(src.file, s.line, s.column, 'DEFINED_TWICE', `${twice} is set in ${dbmlFiles.join(', ') || 'the DBML'} already; state it in one file only`);
      const schema = s.type === 'CreateSchemaStmt' && !(s.node['schemaElts'] as unknown[] | undefined)?.length ? String(s.node['schemaname'] ?? '') : undefined;
      const creates = createdName(s);
      out.push({ sql: s.text, statement: s, origin: { file: src.file, line: s.line, column: s.column }, ...(schema !== undefined && dbmlSchemas.has(schema) ? { schemaOf: schema } : {}), ...(creates !== undefined ? { creates } : {}) });
    }
  }
  return out;
}

/** What a SQL statement sets that the DBML model sets too (a comment, a column default), if any. */
function restated(s: SqlStatement, claims: ReadonlySet<Claim>): string | undefined {
  const names = (o: unknown): string[] => {
    const rec = o as { List?: { items?: { String?: { sval?: string } }[] }; String?: { sval?: string } };
    if (rec?.String) return [rec.String.sval ?? ''];
    return (rec?.List?.items ?? []).map((i) => i.String?.sval ?? '');
  };
  if (s.type === 'CommentStmt') {
    const n = names(s.node['object']);
    const kind = String(s.node['objtype']);
    const key =
      kind === 'OBJECT_COLUMN'
        ? n.length === 2
          ? ['column', 'public', ...n]
          : ['column', ...n]
        : kind === 'OBJECT_TABLE' || kind === 'OBJECT_INDEX'
          ? [kind === 'OBJECT_TABLE' ? 'table' : 'index', ...(n.length === 1 ? ['public', ...n] : n)]
          : kind === 'OBJECT_SCHEMA'
            ? ['schema', ...n]
            : undefined;
    if (key && claims.has(`comment\u0000${key.join('\u0000')}`)) return `the comment on ${key[0]} ${key.slice(1).join('.')}`;
  }
  if (s.type === 'AlterTableStmt') {
    const rel = s.node['relation'] as { schemaname?: string; relname?: string } | undefined;
    const table = `${rel?.schemaname ?? 'public'}\u0000${rel?.relname ?? ''}`;
    for (const c of (s.node['cmds'] as { AlterTableCmd?: { subtype?: string; name?: string; def?: unknown } }[] | undefined) ?? []) {
      const cmd = c.AlterTableCmd;
      if (cmd?.subtype === 'AT_ColumnDefault' && cmd.def !== undefined && claims.has(`default\u0000${table}\u0000${cmd.name ?? ''}`)) return `the default of ${rel?.schemaname ?? 'public'}.${rel?.relname}.${cmd.name}`;
    }
  }
  return undefined;
}

/** Runs `pending` in order; a statement that fails because what it needs is not there yet is
 * tried again after the others, until a round makes no progress. */
async function runAll(db: Queryable, pending: Pending[]): Promise<void> {
  const created = new Set<string>();
  let todo = pending;
  for (;;) {
    const failed: { p: Pending; e: unknown }[] = [];
    for (const p of todo) {
      if (p.schemaOf !== undefined && created.has(p.schemaOf)) continue;
      try {
        await db.exec(p.sql);
      } catch (e) {
        const state = sqlstate(e);
        if (state && MISSING.has(state)) {
          failed.push({ p, e });
          continue;
        }
        throw statementError(p, e, state !== undefined && DUPLICATE.has(state));
      }
    }
    if (failed.length === 0) return;
    if (failed.length === todo.length) throw statementError(failed[0]!.p, failed[0]!.e, false);
    todo = failed.map((f) => f.p);
  }

  function statementError(failed: Pending, e: unknown, duplicate: boolean): DesiredStateError {
    // A DBML object that SQL created first: point at the SQL statement, which has a location.
    const name = duplicate && failed.origin.line === undefined ? /"((?:[^"]|"")*)"/.exec(serverMessage(e))?.[1] : undefined;
    const p = (name !== undefined && pending.find((x) => x.creates === name)) || failed;
    const what = p.origin.what ? `${p.origin.what}: ` : '';
    const msg = duplicate ? `${what}${serverMessage(e)} — the object is defined twice (in the DBML and in SQL, or twice in SQL); define it in one file only` : `${what}PostgreSQL rejected it: ${serverMessage(e)}`;
    return new DesiredStateError(p.origin.file, p.origin.line, p.origin.column, duplicate ? 'DEFINED_TWICE' : 'SQL_REJECTED', msg);
  }
}

/** Builds the DBML model and the SQL files on `db` (an empty shadow database) and reads back the
 * schema they make together. */
export async function buildDesired(db: Queryable, dbml: Schema, dbmlFiles: readonly string[], sql: readonly SqlSource[]): Promise<Schema> {
  const steps = plan(diff(EMPTY_SCHEMA, dbml), { from: EMPTY_SCHEMA, to: dbml }, { online: false }).steps;
  const dbmlFile = dbmlFiles.join(', ') || '<dbml>';
  const fromDbml: Pending[] = steps.flatMap((s) => statements(s.op).map((text) => ({ sql: text, origin: { file: dbmlFile, what: s.why } })));
  const fromSql = await sqlStatements(sql, dbml, dbmlFiles);
  await ensureRoles(
    db,
    fromSql.flatMap((p) => (p.statement ? [p.statement] : [])),
  );
  await runAll(db, [...fromDbml, ...fromSql]);
  return (await introspect(db)).schema;
}
