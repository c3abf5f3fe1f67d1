/** `introspect` of the library API: a database URL to the schema model, connection included. */
import { connect } from '../db/connect.js';
import { introspect as readCatalog } from '../introspect/index.js';
import type { Schema } from '../model/types.js';

/** Options of `introspect`. */
export interface IntrospectOptions {
  /** The folder a relative `pglite:./dir` URL is read from (default: the process's). */
  readonly cwd?: string | undefined;
}

/** Connects to `url` (`postgres://…`, a libpq `key=value` string, `pglite:./dir` or
 * `pglite:memory`), reads the schema gen manages and closes the connection. */
export async function introspect(url: string, options: IntrospectOptions = {}): Promise<Schema> {
  const db = await connect(url, options.cwd);
  try {
    return (await readCatalog(db)).schema;
  } finally {
    await db.close();
  }
}
