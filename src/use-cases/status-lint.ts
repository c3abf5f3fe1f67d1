/** The lint part of `gen status`: the migrations this branch adds (those whose folder the base
 * branch does not have; all of them with `--all`, or outside a git checkout), linted, with the
 * hazards their headers declare. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { MigrationFile } from '../migrations/dir.js';
import type { Finding } from '../sql/lint/types.js';
import { type LintRules, lintFiles } from './lint.js';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The base to compare with: `--since`, else the pull request's base branch (GITHUB_BASE_REF),
 * else origin/main, main, origin/master, master — whichever exists first. */
function baseRef(cwd: string, since: string | undefined): string | undefined {
  const candidates = since !== undefined ? [since] : [...(process.env['GITHUB_BASE_REF'] ? [`origin/${process.env['GITHUB_BASE_REF']}`] : []), 'origin/main', 'main', 'origin/master', 'master'];
  return candidates.find((c) => git(cwd, ['rev-parse', '--verify', '--quiet', `${c}^{commit}`]) !== undefined);
}

/** The migrations newer than the base branch; `why` says how they were chosen. */
export function newMigrations(files: readonly MigrationFile[], dir: string, cwd: string, opts: { all?: boolean; since?: string }): { files: MigrationFile[]; why: string } {
  if (opts.all) return { files: [...files], why: 'all migrations (--all)' };
  const root = git(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  const base = root ? baseRef(cwd, opts.since) : undefined;
  if (!root || !base) return { files: [...files], why: 'all migrations (no git base branch found)' };
  const relDir = path.relative(root, dir).split(path.sep).join('/');
  const listed = git(root, ['ls-tree', '-d', '--name-only', base, `${relDir}/`]);
  if (listed === undefined) return { files: [...files], why: `all migrations (cannot list ${relDir} at ${base})` };
  const inBase = new Set(
    listed
      .split('\n')
      .filter(Boolean)
      .map((p) => p.split('/').at(-1)!),
  );
  return { files: files.filter((f) => !inBase.has(f.name)), why: `migrations not on ${base}` };
}

/** The hazards a generated migration's header declares (`-- hazards: DELETES_DATA (1), …`). */
export function declaredHazards(sql: string): string | undefined {
  return /^-- hazards: (.+)$/m.exec(sql)?.[1];
}

/** Lint findings and hazard notes for the new migrations. */
export async function statusLint(files: readonly MigrationFile[], rules: LintRules | undefined): Promise<{ findings: Finding[]; hazards: { file: string; hazards: string }[] }> {
  const findings = (
    await lintFiles(
      files.map((f) => f.file),
      rules,
    )
  ).filter((f) => !f.ignored);
  const hazards = files.flatMap((f) => {
    const h = declaredHazards(f.sql);
    return h && h !== 'none' ? [{ file: f.file, hazards: h }] : [];
  });
  return { findings, hazards };
}
