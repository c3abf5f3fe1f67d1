/** The migrations folder (docs/ARCHITECTURE.md §5): one folder per migration, `<UTC timestamp>_<name>/`, with
 * `migration.sql` (and `down.sql`), applied in name order. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { readTextFile } from '../io/text-file.js';

/** One migration on disk. */
export interface MigrationFile {
  /** The folder name, e.g. `20261121093000_init`. */
  readonly name: string;
  readonly file: string;
  readonly sql: string;
  /** Its `down.sql` (what `gen rollback` runs), when the folder has one. */
  readonly down?: DownFile | undefined;
}

/** A migration's down.sql. */
export interface DownFile {
  readonly file: string;
  readonly sql: string;
}

/** The migrations in `dir`, sorted by name. The folder must exist (`gen init` creates it): a
 * missing one is a mistyped path or an uninitialised project, never "no migrations". A folder
 * named like a migration without its migration.sql is an error too (a half-copied migration
 * that deploy would otherwise skip). */
export function readMigrations(dir: string): MigrationFile[] {
  // Shown as the user would type it: relative to the working folder when inside it.
  const rel = path.relative(process.cwd(), dir);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : dir;
  if (!existsSync(dir)) throw new UserError(`migrations folder ${shown} not found; run gen init to start a project (or pass --migrations DIR)`, 'not-initialised');
  if (!statSync(dir).isDirectory()) throw new UserError(`${shown} is a file; expected the migrations folder`, 'not-a-folder');
  return readdirSync(dir)
    .filter((n) => /^\d{14}_/.test(n) && statSync(path.join(dir, n)).isDirectory())
    .sort()
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      if (!existsSync(file)) throw new UserError(`${path.join(shown, name)} has no migration.sql (a half-written or half-copied migration?); restore it or remove the folder`, 'file-not-found');
      const down = path.join(dir, name, 'down.sql');
      return { name, file, sql: readTextFile(file), ...(existsSync(down) ? { down: { file: down, sql: readTextFile(down) } } : {}) };
    });
}
