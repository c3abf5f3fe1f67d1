/** Where a command finds its files and its database: paths relative to the working directory,
 * the database URL from the option, DATABASE_URL or .env, and the embedded default for `dev`. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { connect } from '../db/connect.js';
import type { Queryable } from '../db/queryable.js';
import { type ResolvedUrl, redactUrl, resolveUrl } from '../db/url.js';
import { UserError } from '../errors.js';

/** The embedded development database used when no URL is configured. */
export const DEFAULT_DEV_URL = 'pglite:.gen/dev';

/** Options every project command shares. Relative paths are read from `cwd`. */
export interface ProjectOptions {
  /** Working directory (default: the process's). */
  readonly cwd?: string | undefined;
  /** The DBML file (its .sql twin joins), a .sql file or a schema folder (default schema.dbml). */
  readonly schema?: string | undefined;
  /** The migrations folder (default migrations). */
  readonly migrations?: string | undefined;
}

/** Absolute paths of a project. */
export function projectPaths(o: ProjectOptions): { readonly cwd: string; readonly schema: string; readonly migrations: string } {
  const cwd = o.cwd ?? process.cwd();
  return { cwd, schema: path.resolve(cwd, o.schema ?? 'schema.dbml'), migrations: path.resolve(cwd, o.migrations ?? 'migrations') };
}

/** The database a production command works on: never the development default. */
export function requiredUrl(url: string | undefined, cwd: string, extra = ''): ResolvedUrl {
  const resolved = resolveUrl({ flag: url, cwd });
  if (!resolved) throw new UserError(`no database URL: pass --url, set DATABASE_URL, or put DATABASE_URL in .env${extra}`, 'no-database-url');
  return resolved;
}

/** The development database: the URL given, DATABASE_URL, .env, else the embedded default. */
export function devUrl(url: string | undefined, cwd: string): ResolvedUrl | { readonly url: string; readonly source: 'default' } {
  return resolveUrl({ flag: url, cwd }) ?? { url: DEFAULT_DEV_URL, source: 'default' };
}

/** The development database if one is configured or the embedded one exists already. */
export function existingDevUrl(url: string | undefined, cwd: string): ReturnType<typeof devUrl> | undefined {
  return resolveUrl({ flag: url, cwd }) ?? (existsSync(path.join(cwd, '.gen', 'dev')) ? { url: DEFAULT_DEV_URL, source: 'default' } : undefined);
}

/** How messages name a database: the embedded default by its folder, others by redacted URL. */
export function databaseLabel(r: { readonly url: string; readonly source: string }): string {
  return r.source === 'default' ? 'the development database (.gen/dev)' : redactUrl(r.url);
}

/** Runs `body` on a connection to `url`, closed whatever happens; an error while closing never
 * hides the body's own (closing also releases the deploy lock). */
export async function withDatabase<T>(url: string, cwd: string, body: (db: Queryable) => Promise<T>): Promise<T> {
  const db = await connect(url, cwd);
  let result: T;
  try {
    result = await body(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  await db.close();
  return result;
}
