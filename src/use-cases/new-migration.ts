/** A new migration folder: `<UTC timestamp>_<slug>/migration.sql` + `down.sql`, written whole or
 * not at all, and gen.sum after it. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeTextFileAtomic } from '../io/text-file.js';
import type { MigrationFile } from '../migrations/dir.js';
import { sumText } from '../migrations/sum.js';
import { UserError } from '../errors.js';

/** `20261121093000`: the UTC timestamp of a new migration, after every existing one. */
export function timestamp(existing: readonly MigrationFile[], now = new Date()): string {
  const fmt = (d: Date) => d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const t = fmt(now);
  const newest = existing.at(-1)?.name.slice(0, 14);
  if (!newest || t > newest) return t;
  const n = (a: number, b: number) => +newest.slice(a, b);
  return fmt(new Date(Date.UTC(n(0, 4), n(4, 6) - 1, n(6, 8), n(8, 10), n(10, 12), n(12, 14) + 1)));
}

/** The folder name for a migration called `name` (letters, digits and underscores). */
export function folderName(name: string, existing: readonly MigrationFile[]): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) throw new UserError(`--name ${name}: use letters, digits and underscores`);
  return `${timestamp(existing)}_${slug}`;
}

/** Writes the folder in a hidden place, then renames it into `dir` (never a half-written
 * migration), then gen.sum for `existing` plus it. */
export function writeMigration(dir: string, folder: string, upSql: string, downSql: string, existing: readonly MigrationFile[], cwd: string): MigrationFile {
  const staging = path.join(dir, `.${folder}.gen-${process.pid}.tmp`);
  try {
    mkdirSync(staging);
    writeFileSync(path.join(staging, 'migration.sql'), upSql);
    writeFileSync(path.join(staging, 'down.sql'), downSql);
    renameSync(staging, path.join(dir, folder));
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw new UserError(`cannot write the migration into ${path.relative(cwd, dir) || '.'}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'file-unreadable');
  }
  const written: MigrationFile = { name: folder, file: path.join(dir, folder, 'migration.sql'), sql: upSql, down: { file: path.join(dir, folder, 'down.sql'), sql: downSql } };
  writeTextFileAtomic(path.join(dir, 'gen.sum'), sumText([...existing, written]));
  return written;
}
