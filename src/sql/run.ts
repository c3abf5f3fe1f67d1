/** Runs an SQL script statement by statement, so that statements which cannot run in a
 * transaction block (`CONCURRENTLY`) work and a failure names its file, line and column. */
import { printable } from '../model/identifiers.js';
import type { Queryable } from '../db/queryable.js';
import { loadSqlParser, splitStatements, SqlSyntaxError } from './split.js';
import { ensureRoles } from './roles.js';
import { DbError } from '../db/queryable.js';

/** A statement of a script failed: where, and the database's message. */
export class ScriptError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly statement: string,
    readonly reason: string,
    /** The SQLSTATE of the failure (or the driver's code for a lost connection), when known. */
    readonly sqlstate?: string,
  ) {
    // The statement's first line is shown through `printable`: a name in it holding a carriage
    // return or an escape sequence cannot rewrite what the terminal shows.
    super(`${file}:${line}:${column}: ${reason}\n  in: ${printable(statement.split('\n')[0] ?? '')}${statement.includes('\n') ? ' …' : ''}`);
    this.name = 'ScriptError';
  }
}

/** PostgreSQL's message and hint (the statement is named by file:line:col instead). */
export function reasonOf(e: unknown): string {
  if (e instanceof DbError && e.server) return `${e.server.message}${e.server.hint ? `\n  hint: ${e.server.hint}` : ''}`;
  return (e as Error).message;
}

/** The SQLSTATE (or driver code) of a failure, when there is one. */
export function sqlstateOf(e: unknown): string | undefined {
  return e instanceof DbError ? e.sqlstate : undefined;
}

/** Runs every statement of `sql` in order, as written (explicit BEGIN/COMMIT included). On a
 * failure inside an explicit transaction the transaction is rolled back before throwing. */
export async function runScript(db: Queryable, sql: string, file = '<script>'): Promise<number> {
  await loadSqlParser();
  let statements: ReturnType<typeof splitStatements>;
  try {
    statements = splitStatements(sql);
  } catch (e) {
    if (e instanceof SqlSyntaxError) throw new ScriptError(file, e.line, e.column, '', e.message);
    throw e;
  }
  await ensureRoles(db, statements);
  let inTransaction = false;
  let count = 0;
  for (const s of statements) {
    try {
      await db.exec(s.text);
      count++;
    } catch (e) {
      if (inTransaction) await db.exec('ROLLBACK').catch(() => undefined);
      throw new ScriptError(file, s.line, s.column, s.text, reasonOf(e), sqlstateOf(e));
    }
    if (s.type === 'TransactionStmt') {
      const kind = String(s.node['kind']);
      if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') inTransaction = true;
      else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK') inTransaction = false;
    }
  }
  return count;
}
