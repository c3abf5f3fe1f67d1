/** `migrations/gen.sum`: one line per migration (`name sha256`), then `total sha256`. Two
 * branches that both add a migration both change the total line, so git reports a conflict. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationFile } from './dir.js';

/** sha256 of a migration's SQL (hex). */
export function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** The gen.sum text for these migrations. */
export function sumText(migrations: readonly MigrationFile[]): string {
  const lines = migrations.map((m) => `${m.name} ${checksum(m.sql)}`);
  const total = createHash('sha256').update(lines.join('\n')).digest('hex');
  return `${lines.join('\n')}${lines.length ? '\n' : ''}total ${total}\n`;
}

/** A line that git writes into a file with a merge conflict. */
const CONFLICT = /^(<<<<<<<|=======|>>>>>>>)( |$)/m;

/** The migrations whose SQL holds merge conflict markers. */
export function conflictedMigrations(migrations: readonly MigrationFile[]): MigrationFile[] {
  return migrations.filter((m) => CONFLICT.test(m.sql));
}

/** Why deploy must not run these migrations (gen.sum disagrees with the files), with how to
 * repair it; undefined when gen.sum matches. `shown` is how the folder is named to the user.
 * Every command that trusts gen.sum asks this one function. */
export function sumRefusal(dir: string, migrations: readonly MigrationFile[], shown = dir): string | undefined {
  const problems = sumProblems(dir, migrations);
  if (problems.length === 0) return undefined;
  return `${shown}/gen.sum does not match the migrations:\n${problems.map((p) => `  ${p}`).join('\n')}\n  ${SUM_REPAIR}`;
}

/** How to repair gen.sum. */
export const SUM_REPAIR = 'review the migrations folder (a merge that kept both sides? a hand edit?), then run gen hash to rewrite gen.sum from it';

/** What is wrong with `dir/gen.sum` against the files: empty when it matches. */
export function sumProblems(dir: string, migrations: readonly MigrationFile[]): string[] {
  const file = path.join(dir, 'gen.sum');
  if (!existsSync(file)) return migrations.length === 0 ? [] : [`${file} is missing (it lists every migration with its checksum)`];
  const text = readFileSync(file, 'utf8');
  if (CONFLICT.test(text)) return [`${file} has merge conflict markers: two branches added migrations; rebase one onto the other and regenerate its migration`];
  const listed = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [name, sum] = line.split(' ');
    if (name && sum && name !== 'total') listed.set(name, sum);
  }
  const out: string[] = [];
  for (const m of conflictedMigrations(migrations)) out.push(`${m.name}/migration.sql has merge conflict markers`);
  for (const m of migrations) {
    const want = listed.get(m.name);
    if (want === undefined) out.push(`${m.name} is not in gen.sum (added by hand or by a merge?)`);
    else if (want !== checksum(m.sql)) out.push(`${m.name}/migration.sql was edited after gen.sum was written`);
    listed.delete(m.name);
  }
  for (const name of listed.keys()) out.push(`${name} is in gen.sum but its folder is gone`);
  if (out.length === 0 && text !== sumText(migrations)) out.push(`${file} is not what gen writes for these migrations (edited by hand?)`);
  return out;
}
