/** Init: schema.dbml from the example, migrations/ with an empty gen.sum, and .gitignore entries.
 * Never overwrites anything. */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { sumText } from '../migrations/sum.js';

const example = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.example.dbml');

/** What `init` did with each thing it looks after. */
export interface InitResult {
  readonly schema: 'written' | 'exists';
  readonly migrations: 'created' | 'exists';
  /** Lines added to .gitignore. */
  readonly gitignore: readonly string[];
}

/** Starts a project in `cwd`. A file system failure (a read-only folder, `migrations` being a
 * file) is one clear error. */
export function init(options: { readonly cwd?: string | undefined } = {}): InitResult {
  const cwd = options.cwd ?? process.cwd();
  try {
    return initIn(cwd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof UserError || code === undefined) throw e;
    throw new UserError(`gen init cannot write in ${cwd}: ${(e as NodeJS.ErrnoException).path ?? ''} (${code})`, 'file-unreadable');
  }
}

function initIn(cwd: string): InitResult {
  const migrations = path.join(cwd, 'migrations');
  if (existsSync(migrations) && !statSync(migrations).isDirectory()) throw new UserError(`${migrations} is a file; expected the migrations folder (move it away, then run gen init again)`, 'not-a-folder');
  const schema = path.join(cwd, 'schema.dbml');
  const schemaExists = existsSync(schema);
  if (!schemaExists) copyFileSync(example, schema);
  const migrationsExist = existsSync(migrations);
  if (!migrationsExist) {
    mkdirSync(migrations);
    writeFileSync(path.join(migrations, 'gen.sum'), sumText([]));
  }
  const gitignore = path.join(cwd, '.gitignore');
  const current = existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : '';
  const wanted = ['.gen/'].filter((l) => !current.split('\n').some((x) => x.trim() === l || x.trim() === l.replace(/\/$/, '')));
  if (wanted.length > 0) appendFileSync(gitignore, `${current && !current.endsWith('\n') ? '\n' : ''}# gen: the embedded development database\n${wanted.join('\n')}\n`);
  return { schema: schemaExists ? 'exists' : 'written', migrations: migrationsExist ? 'exists' : 'created', gitignore: wanted };
}
