/** Reset: drop everything in the development database and re-apply every migration. Refuses a
 * database that is neither embedded nor on this machine unless `force`. */
import { parseDbUrl } from '../db/url.js';
import { UserError } from '../errors.js';
import { applyBatch } from '../migrations/apply.js';
import { readMigrations } from '../migrations/dir.js';
import { ensureHistory } from '../migrations/history.js';
import { wipe } from '../migrations/shadow.js';
import { VERSION } from '../version.js';
import { databaseLabel, devUrl, projectPaths, withDatabase } from './project.js';

const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Options of `reset`. */
export interface ResetOptions {
  readonly cwd?: string | undefined;
  readonly migrations?: string | undefined;
  /** The development database (default: DATABASE_URL, .env, else the embedded one). */
  readonly url?: string | undefined;
  /** Reset a database that is not on this machine. */
  readonly force?: boolean | undefined;
}

/** What `reset` did. */
export interface ResetResult {
  readonly database: string;
  readonly applied: number;
}

/** Wipes the development database and applies every migration. */
export async function reset(options: ResetOptions = {}): Promise<ResetResult> {
  const { cwd, migrations: dir } = projectPaths(options);
  const resolved = devUrl(options.url, cwd);
  const target = parseDbUrl(resolved.url, cwd);
  if (target.scheme === 'postgres' && !LOCAL.has(target.host) && !options.force) {
    throw new UserError(`refusing to reset ${databaseLabel(resolved)}: it is not on this machine (pass --force if it really is a development database)`, 'refused');
  }
  const files = readMigrations(dir);
  await withDatabase(resolved.url, cwd, async (db) => {
    await wipe(db);
    await ensureHistory(db);
    await applyBatch(
      db,
      files.map((file) => ({ file })),
      VERSION,
    );
  });
  return { database: databaseLabel(resolved), applied: files.length };
}
