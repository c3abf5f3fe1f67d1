/** Where the database is: `--url`, else `DATABASE_URL`, else a `.env` file in the working
 * directory (read with Node's own `process.loadEnvFile`). Passwords are redacted everywhere. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DbError } from './queryable.js';
import { redact, registerSecret, registerSecretsIn } from './redact.js';

export { redact } from './redact.js';

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
  const env = opts.env ?? process.env;
  // libpq's (and pg's) fallback password: never printed either.
  registerSecret(env['PGPASSWORD']);
  if (opts.flag) return registered({ url: opts.flag, source: '--url' });
  if (env['DATABASE_URL']) return registered({ url: env['DATABASE_URL'], source: 'DATABASE_URL' });
  const file = path.join(opts.cwd ?? process.cwd(), '.env');
  if (!existsSync(file)) return undefined;
  // loadEnvFile writes into process.env; read the value, then restore what was there.
  const before = process.env['DATABASE_URL'];
  const beforePassword = process.env['PGPASSWORD'];
  try {
    process.loadEnvFile(file);
    const url = process.env['DATABASE_URL'];
    registerSecret(process.env['PGPASSWORD']);
    return url ? registered({ url, source: '.env' }) : undefined;
  } catch (e) {
    throw new DbError('bad-url', `cannot read ${file}: ${(e as Error).message}`);
  } finally {
    if (before === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = before;
    if (beforePassword === undefined) delete process.env['PGPASSWORD'];
    else process.env['PGPASSWORD'] = beforePassword;
  }
}

function registered(r: ResolvedUrl): ResolvedUrl {
  registerSecretsIn(r.url);
  return r;
}

/** A libpq `keyword=value` connection string (`host=db user=app password='x y'`)? */
export function isConninfo(text: string): boolean {
  return !text.includes('://') && /^\s*[a-z_]+\s*=/i.test(text);
}

/** The libpq `keyword = value` pairs of a conninfo string (values unquoted, or single-quoted with
 * backslash escapes). */
export function parseConninfo(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\s*([a-z_]+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|((?:[^\s'\\]|\\.)*))/giy;
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) return out;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) throw new DbError('bad-url', `not a connection string (it is not shown: it may hold a password); expected keyword=value pairs such as host=localhost dbname=app`);
    out.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1'));
    i = re.lastIndex;
  }
}

/** The conninfo string as an equivalent `postgres://` URL (pg reads URLs only). */
export function conninfoToUrl(text: string): string {
  const kv = parseConninfo(text);
  const enc = encodeURIComponent;
  const user = kv.get('user');
  const password = kv.get('password');
  const host = kv.get('host') ?? kv.get('hostaddr');
  const port = kv.get('port');
  const db = kv.get('dbname');
  const params = new URLSearchParams();
  for (const [k, v] of kv) if (!['user', 'password', 'host', 'hostaddr', 'port', 'dbname'].includes(k)) params.set(k, v);
  // A socket folder or a host list cannot be a URL's host: pg takes it as a parameter.
  const plainHost = host !== undefined && /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/i.test(host);
  if (host !== undefined && !plainHost) params.set('host', host);
  // Without a user, a URL cannot hold the password in its userinfo (pg would send an empty user
  // name): it goes in a parameter, and pg picks the default user as libpq does.
  if (user === undefined && password !== undefined) params.set('password', password);
  const auth = user !== undefined ? `${enc(user)}${password !== undefined ? `:${enc(password)}` : ''}@` : '';
  const query = params.size > 0 ? `?${params.toString()}` : '';
  return `postgresql://${auth}${plainHost ? host : ''}${port !== undefined && plainHost ? `:${port}` : ''}/${enc(db ?? '')}${query}`;
}

/** Parses a database URL: `postgres://`, `postgresql://`, `pglite:./dir`, `pglite:memory`. */
export function parseDbUrl(url: string, cwd = process.cwd()): DbTarget {
  registerSecretsIn(url);
  if (url.startsWith('pglite:')) {
    const rest = url.slice('pglite:'.length);
    if (rest === 'memory' || rest === '') return { scheme: 'pglite', dir: 'memory' };
    return { scheme: 'pglite', dir: path.resolve(cwd, rest.replace(/^\/\/(?=\.|\/)/, '')) };
  }
  if (isConninfo(url)) url = conninfoToUrl(url);
  registerSecretsIn(url);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new DbError('bad-url', `not a database URL (it is not shown: it may hold a password); expected a postgres:// or postgresql:// URL, a key=value connection string, pglite:./dir or pglite:memory`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new DbError('bad-url', `unsupported scheme '${u.protocol}' in the database URL (use postgres://, postgresql://, a key=value connection string, or pglite:)`);
  }
  // Where pg will connect: a `host` / `port` / `user` parameter beats the URL's own parts.
  const q = u.searchParams;
  const user = q.get('user') ?? safeDecode(u.username);
  const database = safeDecode(u.pathname.replace(/^\//, '')) || user || 'postgres';
  const password = q.get('password') ?? (u.password ? safeDecode(u.password) : undefined);
  return {
    scheme: 'postgres',
    url,
    host: q.get('host') ?? (u.hostname || 'localhost'),
    port: Number(q.get('port') ?? (u.port || 5432)),
    database,
    ...(password ? { password } : {}),
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The URL (or conninfo string) as it may be shown: its password replaced by `***`. */
export function redactUrl(url: string): string {
  return redact(url);
}
