/** The migrations folder (DESIGN §5): one folder per migration, `<UTC timestamp>_<name>/`, with
 * `migration.sql` (and `down.sql`), applied in name order. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** One migration on disk. */
export interface MigrationFile {
  /** The folder name, e.g. `20261121093000_init`. */
  readonly name: string;
  readonly file: string;
  readonly sql: string;
}

/** The migrations in `dir`, sorted by name. A missing folder has none. */
export function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
  return readdirSync(dir)
    .filter((n) => /^\d{14}_/.test(n) && existsSync(path.join(dir, n, 'migration.sql')))
    .sort()
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      return { name, file, sql: readFileSync(file, 'utf8') };
    });
}
