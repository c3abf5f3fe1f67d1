/** `gen reset`: drop everything in the development database and re-apply every migration.
 * Refuses a database that is neither embedded nor on this machine unless `--force`. */
import path from 'node:path';
import { connect } from '../db/connect.js';
import type { Queryable } from '../db/queryable.js';
import { parseDbUrl, redactUrl, resolveUrl } from '../db/url.js';
import { applyBatch } from '../migrations/apply.js';
import { readMigrations } from '../migrations/dir.js';
import { ensureHistory } from '../migrations/history.js';
import { wipe } from '../migrations/shadow.js';
import { DEFAULT_DEV_URL } from './dev.js';
import { commandBoundary } from './boundary.js';
import { UserError } from './errors.js';
import { VERSION } from '../version.js';

const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Runs `gen reset`; returns the exit code. */
export async function resetCommand(flags: { url?: string; force?: boolean; migrations?: string }, cwd = process.cwd()): Promise<number> {
  let db: Queryable | undefined;
  return commandBoundary(async () => {
    const resolved = resolveUrl({ flag: flags.url, cwd }) ?? { url: DEFAULT_DEV_URL, source: 'default' as const };
    const target = parseDbUrl(resolved.url, cwd);
    if (target.scheme === 'postgres' && !LOCAL.has(target.host) && !flags.force) {
      throw new UserError(`refusing to reset ${redactUrl(resolved.url)}: it is not on this machine (pass --force if it really is a development database)`, 'refused');
    }
    const files = readMigrations(path.resolve(cwd, flags.migrations ?? 'migrations'));
    db = await connect(resolved.url, cwd);
    await wipe(db);
    await ensureHistory(db);
    await applyBatch(db, files.map((file) => ({ file })), VERSION);
    process.stdout.write(`reset ${resolved.source === 'default' ? 'the development database (.gen/dev)' : redactUrl(resolved.url)}: dropped everything, applied ${files.length} migration${files.length === 1 ? '' : 's'}\n`);
    return 0;
  }, async () => {
    await db?.close();
  });
}
