/** A fresh in-memory PGlite in about half a second: `PGlite.create()` runs initdb (≈3 s), so the
 * first one is dumped to a cache file and later ones start from that data directory. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Extension, type Extensions, PGlite } from '@electric-sql/pglite';

/** The installed PGlite's version: a snapshot only fits the build that wrote it. */
function pgliteVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (dir !== path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
    } catch {
      // no package.json at this level
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

const version = pgliteVersion();

/** Settings of every PGlite gen opens: a lock table big enough for one transaction that drops or
 * creates a thousand tables (each takes several locks: the table, its indexes, sequences, TOAST
 * table), as a down script or a shadow wipe does; PostgreSQL's default holds about 6,400. */
export const PGLITE_CONF = ['max_locks_per_transaction = 256'];

/** The contrib extensions PGlite bundles (module names; `uuid_ossp` is `uuid-ossp`). Each is
 * registered with every PGlite gen opens: registering costs nothing until CREATE EXTENSION
 * unpacks it, and a schema or migration that creates one then works on the embedded database. */
const CONTRIB = [
  'amcheck',
  'bloom',
  'btree_gin',
  'btree_gist',
  'citext',
  'cube',
  'dict_int',
  'dict_xsyn',
  'earthdistance',
  'fuzzystrmatch',
  'hstore',
  'intarray',
  'isn',
  'lo',
  'ltree',
  'pg_trgm',
  'pgcrypto',
  'seg',
  'tablefunc',
  'tcn',
  'tsm_system_rows',
  'tsm_system_time',
  'unaccent',
  'uuid_ossp',
] as const;

let extensions: Promise<Extensions> | undefined;

/** The `extensions` option of `PGlite.create`: every bundled contrib extension. */
export function pgliteExtensions(): Promise<Extensions> {
  extensions ??= Promise.all(
    CONTRIB.map(async (name) => {
      const mod = (await import(`@electric-sql/pglite/contrib/${name}`)) as Record<string, Extension>;
      return [name, mod[name]] as const;
    }),
  ).then((pairs) => Object.fromEntries(pairs) as Extensions);
  return extensions;
}

function cacheFile(): string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  return path.join(process.env['GEN_CACHE_DIR'] ?? path.join(tmpdir(), `gen-cache-${uid}`), `pglite-${version}-initdb.tar`);
}

/** A new, empty in-memory PGlite database. */
export async function freshMemoryPglite(): Promise<PGlite> {
  const file = cacheFile();
  let snapshot: Buffer | undefined;
  try {
    snapshot = readFileSync(file);
  } catch {
    snapshot = undefined;
  }
  if (snapshot) {
    try {
      return await PGlite.create({ loadDataDir: new Blob([new Uint8Array(snapshot)]), postgresqlconf: PGLITE_CONF, extensions: await pgliteExtensions() });
    } catch {
      // A damaged or foreign snapshot: fall back to initdb and write a new one.
    }
  }
  const db = await PGlite.create({ postgresqlconf: PGLITE_CONF, extensions: await pgliteExtensions() });
  try {
    const dump = await db.dumpDataDir('none');
    mkdirSync(path.dirname(file), { recursive: true });
    // Written under a temporary name and renamed: concurrent processes never read half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, new Uint8Array(await dump.arrayBuffer()));
    renameSync(tmp, file);
  } catch {
    // The cache is an optimisation; a read-only temp directory only costs time.
  }
  return db;
}
