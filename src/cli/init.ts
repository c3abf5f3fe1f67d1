/** `gen init`: schema.dbml from the example, migrations/, and .gitignore entries. Never
 * overwrites anything. */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sumText } from '../migrations/sum.js';

const example = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.example.dbml');

/** Runs `gen init` in `cwd`; returns the exit code. */
export function initCommand(cwd = process.cwd()): number {
  const said: string[] = [];
  const schema = path.join(cwd, 'schema.dbml');
  if (existsSync(schema)) said.push('schema.dbml exists: left as it is');
  else {
    copyFileSync(example, schema);
    said.push('wrote schema.dbml (the example schema: edit it, then run gen dev --name <change>)');
  }
  const migrations = path.join(cwd, 'migrations');
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
