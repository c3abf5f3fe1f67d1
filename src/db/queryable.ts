/** The database seam: one interface over a real PostgreSQL server (pg) and PGlite. Nothing
 * outside src/db imports either driver. */

/** A connection that runs SQL. Rows come back as plain objects keyed by column name. */
export interface Queryable {
  /** `postgres` for a server reached over the network, `pglite` for the embedded database. */
  readonly kind: 'postgres' | 'pglite';
  /** `server_version_num`, e.g. 150019 or 180006. */
  readonly serverVersion: number;
  /** One statement, with `$1`-style parameters. */
  query<R extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements in one round trip (no parameters). */
  exec(sql: string): Promise<void>;
  /** Several queries (no parameters) in one round trip, one row list per query: the server runs
   * the next while the client reads the last. One implicit transaction: all or none. */
  queryAll(sqls: readonly string[]): Promise<object[][]>;
  /** Read-only queries in batches, one row list per query: on a server the first batch runs on
   * this connection and the others at the same time on helper connections (opened on first use
   * with this session's search_path, closed with it), so they see committed state only; PGlite
   * runs them in turn. */
  queryAllParallel(batches: readonly (readonly string[])[]): Promise<object[][][]>;
  close(): Promise<void>;
}

/** Why a connection or a statement failed, in terms a user can act on. */
export type DbErrorKind = 'bad-url' | 'unreachable' | 'auth-failed' | 'no-database' | 'permission-denied' | 'query-failed';

/** A database failure with a message that never contains a password. */
export class DbError extends Error {
  constructor(
    readonly kind: DbErrorKind,
    message: string,
    /** SQLSTATE, when the server sent one. */
    readonly sqlstate?: string,
    /** The server's message alone (without the statement) and its HINT, for callers that name
     * the statement themselves (file:line:col). */
    readonly server?: { readonly message: string; readonly hint?: string },
  ) {
    super(message);
    this.name = 'DbError';
  }
}
