/** Which files make up the desired state: `schema.dbml` with an optional `schema.sql` beside it
 * (same base name), or a folder of `*.dbml` and `*.sql` files. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** The files of one desired state, as paths the user would recognise (relative stays relative). */
export interface DesiredFiles {
  readonly dbml: readonly string[];
  readonly sql: readonly string[];
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** The files behind `given`: a `.dbml` file (its `.sql` twin joins when it exists), a `.sql` file
 * (its `.dbml` twin likewise), or a folder (every `*.dbml` and `*.sql` in it, by name). */
export function desiredFiles(given: string): DesiredFiles {
  if (isDir(given)) {
    const names = readdirSync(given).sort();
    const pick = (ext: string) => names.filter((n) => n.endsWith(ext) && !isDir(path.join(given, n))).map((n) => path.join(given, n));
    const files = { dbml: pick('.dbml'), sql: pick('.sql') };
    if (files.dbml.length === 0 && files.sql.length === 0) throw new UserError(`${given} is a folder without .dbml or .sql files; expected a schema file or a schema folder`, 'file-empty');
    return files;
  }
  const ext = path.extname(given);
  const base = ext === '' ? given : given.slice(0, -ext.length);
  if (ext === '.sql') return { dbml: existsSync(`${base}.dbml`) ? [`${base}.dbml`] : [], sql: [given] };
  return { dbml: [given], sql: ext !== '' && existsSync(`${base}.sql`) && !isDir(`${base}.sql`) ? [`${base}.sql`] : [] };
}
