/** `gen init`: schema.dbml from the example, migrations/, and .gitignore entries. Never
 * overwrites anything. */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sumText } from '../migrations/sum.js';

const example = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.example.dbml');

/** Runs `gen init` in `cwd`; returns the exit code. A file system failure (a read-only folder,
 * `migrations` being a file) is one clear error. */
export function initCommand(cwd = process.cwd()): number {
  try {
    return init(cwd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof UserError || code === undefined) throw e;
    throw new UserError(`gen init cannot write in ${cwd}: ${(e as NodeJS.ErrnoException).path ?? ''} (${code})`, 'file-unreadable');
  }
}

function init(cwd: string): number {
  const said: string[] = [];
  const migrations = path.join(cwd, 'migrations');
  if (existsSync(migrations) && !statSync(migrations).isDirectory()) throw new UserError(`${migrations} is a file; expected the migrations folder (move it away, then run gen init again)`, 'not-a-folder');

  const schema = path.join(cwd, 'schema.dbml');
  if (existsSync(schema)) said.push('schema.dbml exists: left as it is');
  else {
    copyFileSync(example, schema);
    said.push('wrote schema.dbml (the example schema: edit it, then run gen dev --name <change>)');
    said.push('  what DBML cannot say goes in schema.sql beside it, as PostgreSQL DDL, e.g.');
    said.push('    CREATE INDEX users_email_pattern ON users (email text_pattern_ops);');
  }
  if (existsSync(migrations)) said.push('migrations/ exists: left as it is');
  else {
    mkdirSync(migrations);
    writeFileSync(path.join(migrations, 'gen.sum'), sumText([]));
    said.push('created migrations/ (with an empty gen.sum)');
  }
  const gitignore = path.join(cwd, '.gitignore');
  const current = existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : '';
  const wanted = ['.gen/'].filter((l) => !current.split('\n').some((x) => x.trim() === l || x.trim() === l.replace(/\/$/, '')));
  if (wanted.length > 0) {
    appendFileSync(gitignore, `${current && !current.endsWith('\n') ? '\n' : ''}# gen: the embedded development database\n${wanted.join('\n')}\n`);
    said.push(`added ${wanted.join(', ')} to .gitignore`);
  }
  process.stdout.write(`${said.join('\n')}\n`);
  return 0;
}
