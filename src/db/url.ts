/** Where the database is: `--url`, else `DATABASE_URL`, else a `.env` file in the working
 * directory (read with Node's own `process.loadEnvFile`). Passwords are redacted everywhere. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DbError } from './queryable.js';

/** A parsed database location. */
export type DbTarget =
  | { readonly scheme: 'postgres'; readonly url: string; readonly host: string; readonly port: number; readonly database: string; readonly password?: string }
  | { readonly scheme: 'pglite'; readonly dir: string | 'memory' };

/** The URL to use and where it came from (for messages). */
export interface ResolvedUrl {
  readonly url: string;
  readonly source: '--url' | 'DATABASE_URL' | '.env';
}

/** Resolves the URL: flag, then environment, then `.env` in `cwd`. Undefined when none is set. */
export function resolveUrl(opts: { flag?: string | undefined; env?: NodeJS.ProcessEnv; cwd?: string }): ResolvedUrl | undefined {
  if (opts.flag) return { url: opts.flag, source: '--url' };
  const env = opts.env ?? process.env;
  if (env['DATABASE_URL']) return { url: env['DATABASE_URL'], source: 'DATABASE_URL' };
  const file = path.join(opts.cwd ?? process.cwd(), '.env');
  if (!existsSync(file)) return undefined;
  // loadEnvFile writes into process.env; read the value, then restore what was there.
  const before = process.env['DATABASE_URL'];
  try {
    process.loadEnvFile(file);
    const url = process.env['DATABASE_URL'];
    return url ? { url, source: '.env' } : undefined;
  } catch (e) {
    throw new DbError('bad-url', `cannot read ${file}: ${(e as Error).message}`);
  } finally {
    if (before === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = before;
  }
}

/** Parses a database URL: `postgres://`, `postgresql://`, `pglite:./dir`, `pglite:memory`. */
export function parseDbUrl(url: string, cwd = process.cwd()): DbTarget {
  if (url.startsWith('pglite:')) {
    const rest = url.slice('pglite:'.length);
    if (rest === 'memory' || rest === '') return { scheme: 'pglite', dir: 'memory' };
    return { scheme: 'pglite', dir: path.resolve(cwd, rest.replace(/^\/\/(?=\.|\/)/, '')) };
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new DbError('bad-url', `not a database URL: ${redactUrl(url)} (expected postgres://user:password@host:port/database, pglite:./dir or pglite:memory)`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new DbError('bad-url', `unsupported scheme '${u.protocol}' in ${redactUrl(url)} (use postgres://, postgresql:// or pglite:)`);
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username) || 'postgres';
  return {
    scheme: 'postgres', url, host: u.hostname || 'localhost', port: Number(u.port || 5432), database,
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
  };
}

/** The URL with its password replaced by `***`. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)([^@\s]*)@/i, '$1***@');
}

/** Removes every occurrence of `secrets` (and URL passwords) from a message. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)([^@\s]*)@/gi, '$1***@');
  for (const s of secrets) {
    if (!s) continue;
    out = out.split(s).join('***');
    const enc = encodeURIComponent(s);
    if (enc !== s) out = out.split(enc).join('***');
  }
  return out;
}
