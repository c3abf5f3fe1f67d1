/** Hash: rewrite gen.sum from the migrations folder, after a person reviewed it (a merge that kept
 * both sides of gen.sum, a migration added or edited by hand). The one repair for every gen.sum
 * mismatch that deploy and status report. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { writeTextFileAtomic } from '../io/text-file.js';
import { readMigrations } from '../migrations/dir.js';
import { conflictedMigrations, sumProblems, sumText } from '../migrations/sum.js';
import { projectPaths } from './project.js';

/** What `hash` did: `problems` are what the old gen.sum had wrong (empty when it was absent). */
export interface HashResult {
  readonly file: string;
  readonly migrations: number;
  readonly changed: boolean;
  readonly problems: readonly string[];
}

/** Rewrites gen.sum; refuses while a migration holds merge conflict markers. */
export function hash(options: { readonly cwd?: string | undefined; readonly migrations?: string | undefined } = {}): HashResult {
  const { cwd, migrations: dir } = projectPaths(options);
  const files = readMigrations(dir);
  // A conflict left in a migration must not be blessed into gen.sum.
  const conflicted = conflictedMigrations(files);
  if (conflicted.length > 0) throw new UserError(`${conflicted.map((m) => path.relative(cwd, m.file)).join(', ')}: merge conflict markers; resolve them first (gen.sum left unchanged)`);
  const file = path.join(dir, 'gen.sum');
  const text = sumText(files);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (before === text) return { file, migrations: files.length, changed: false, problems: [] };
  const problems = before === undefined ? [] : sumProblems(dir, files);
  writeTextFileAtomic(file, text);
  return { file, migrations: files.length, changed: true, problems };
}
