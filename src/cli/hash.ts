/** `gen hash`: rewrite migrations/gen.sum from the migrations folder, after a person reviewed it
 * (a merge that kept both sides of gen.sum, a migration added or edited by hand). The one repair
 * for every gen.sum mismatch that deploy and status report. */
import { existsSync, readFileSync } from 'node:fs';
import { writeTextFileAtomic } from '../io/text-file.js';
import path from 'node:path';
import { readMigrations } from '../migrations/dir.js';
import { conflictedMigrations, sumProblems, sumText } from '../migrations/sum.js';
import { commandBoundary } from './boundary.js';
import { UserError } from './errors.js';

/** Runs `gen hash`; returns the exit code. */
export async function hashCommand(flags: { migrations?: string }, cwd = process.cwd()): Promise<number> {
  return commandBoundary(async () => {
    const dir = path.resolve(cwd, flags.migrations ?? 'migrations');
    const shown = path.relative(cwd, dir) || '.';
    const files = readMigrations(dir);
    // A conflict left in a migration must not be blessed into gen.sum.
    const conflicted = conflictedMigrations(files);
    if (conflicted.length > 0) throw new UserError(`${conflicted.map((m) => `${path.relative(cwd, m.file)}`).join(', ')}: merge conflict markers; resolve them first (gen.sum left unchanged)`);
    const file = path.join(dir, 'gen.sum');
    const text = sumText(files);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (before === text) {
      process.stdout.write(`${shown}/gen.sum already matches the ${files.length} migration${files.length === 1 ? '' : 's'}\n`);
      return 0;
    }
    const was = before === undefined ? [] : sumProblems(dir, files);
    writeTextFileAtomic(file, text);
    process.stdout.write(`wrote ${shown}/gen.sum for ${files.length} migration${files.length === 1 ? '' : 's'}${was.length ? `; it had:\n${was.map((p) => `  ${p}`).join('\n')}` : ''}\n`);
    return 0;
  });
}
