/** `migrations/gen.sum`: one line per migration (`name sha256`), one per down script
 * (`name/down.sql sha256`, then `irreversible` when the script says it cannot restore the schema
 * exactly), then `total sha256`. Two branches that both add a migration both change the total
 * line, so git reports a conflict. A gen.sum of an older gen (no down lines) is still valid: its
 * down scripts are then unprotected, and `gen rollback` asks for `gen hash` first. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationFile } from './dir.js';

/** sha256 of a migration's SQL (hex). */
export function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** The line of a down script that marks it irreversible, with the reason (see `irreversibleReasons`). */
export const IRREVERSIBLE_MARK = '-- gen:irreversible: ';

/** Why a down script cannot restore the schema exactly, as its `-- gen:irreversible:` lines say
 * (written by gen dev, which proves each down script on the shadow database). */
export function irreversibleReasons(downSql: string): string[] {
  return downSql
    .split('\n')
    .filter((l) => l.startsWith(IRREVERSIBLE_MARK))
    .map((l) => l.slice(IRREVERSIBLE_MARK.length).trim());
}

/** The gen.sum text for these migrations (`downs: false`: as an older gen wrote it). */
export function sumText(migrations: readonly MigrationFile[], downs = true): string {
  const lines = migrations.flatMap((m) => {
    const up = `${m.name} ${checksum(m.sql)}`;
    if (!downs || !m.down) return [up];
    return [up, `${m.name}/down.sql ${checksum(m.down.sql)}${irreversibleReasons(m.down.sql).length > 0 ? ' irreversible' : ''}`];
  });
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
  const downs = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [name, sum] = line.split(' ');
    if (!name || !sum || name === 'total') continue;
    if (name.endsWith('/down.sql')) downs.set(name.slice(0, -'/down.sql'.length), sum);
    else listed.set(name, sum);
  }
  // An older gen's gen.sum lists no down script: they are then not checked.
  const legacy = downs.size === 0;
  const out: string[] = [];
  for (const m of conflictedMigrations(migrations)) out.push(`${m.name}/migration.sql has merge conflict markers`);
  for (const m of migrations) {
    const want = listed.get(m.name);
    if (want === undefined) out.push(`${m.name} is not in gen.sum (added by hand or by a merge?)`);
    else if (want !== checksum(m.sql)) out.push(`${m.name}/migration.sql was edited after gen.sum was written`);
    listed.delete(m.name);
    if (legacy) continue;
    const down = downs.get(m.name);
    if (m.down && down === undefined && want !== undefined) out.push(`${m.name}/down.sql is not in gen.sum (added by hand?)`);
    else if (m.down && down !== undefined && down !== checksum(m.down.sql)) out.push(`${m.name}/down.sql was edited after gen.sum was written`);
    else if (!m.down && down !== undefined) out.push(`${m.name}/down.sql is in gen.sum but the file is gone`);
  }
  for (const name of listed.keys()) out.push(`${name} is in gen.sum but its folder is gone`);
  if (out.length === 0 && text !== sumText(migrations, !legacy)) out.push(`${file} is not what gen writes for these migrations (edited by hand?)`);
  return out;
}

/** Whether gen.sum in `dir` records each migration's down script (an older gen's does not). */
export function sumListsDowns(dir: string): boolean {
  const file = path.join(dir, 'gen.sum');
  return existsSync(file) && /^\S+\/down\.sql /m.test(readFileSync(file, 'utf8'));
}
