/** Which files `gen lint` reads: the arguments (files, or folders searched for .sql files), by
 * default the migrations folder; `--since REF` keeps those changed since a git ref. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** The .sql files under `dir`, sorted; down.sql files are skipped (they are run by hand). */
function sqlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sqlFilesUnder(p));
    else if (e.isFile() && e.name.endsWith('.sql') && e.name !== 'down.sql') out.push(p);
  }
  return out;
}

/** Expands the arguments to absolute file paths. */
export function lintTargets(args: readonly string[], defaultDir: string, cwd: string): string[] {
  const inputs = args.length > 0 ? args : [defaultDir];
  const files: string[] = [];
  for (const a of inputs) {
    const p = path.resolve(cwd, a);
    if (!existsSync(p)) {
      if (args.length === 0) throw new UserError(`migrations folder ${p} not found; run gen init to start a project (or pass --migrations DIR, or the files to lint)`, 'not-initialised');
      throw new UserError(`${a}: no such file or folder`);
    }
    if (statSync(p).isDirectory()) files.push(...sqlFilesUnder(p));
    else files.push(p);
  }
  return [...new Set(files)];
}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const msg = String((e as { stderr?: string }).stderr ?? (e as Error).message)
      .trim()
      .split('\n')[0];
    throw new UserError(`git ${args.join(' ')} failed: ${msg}`);
  }
}

/** The files among `files` added or changed since `ref` (committed, staged, unstaged or
 * untracked). */
export function changedSince(files: readonly string[], ref: string, cwd: string): string[] {
  const root = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  const changed = new Set<string>();
  for (const line of git(cwd, ['diff', '--name-only', '--diff-filter=ACMR', ref]).split('\n')) if (line) changed.add(path.resolve(root, line));
  for (const line of git(cwd, ['ls-files', '--others', '--exclude-standard', '--full-name']).split('\n')) if (line) changed.add(path.resolve(root, line));
  return files.filter((f) => changed.has(f));
}
