/** `gen init`: the init use case → text. */
import { init } from '../use-cases/init.js';

/** Runs `gen init` in `cwd`; returns the exit code. */
export function initCommand(cwd = process.cwd()): number {
  const r = init({ cwd });
  const said: string[] = [];
  if (r.schema === 'exists') said.push('schema.dbml exists: left as it is');
  else {
    said.push('wrote schema.dbml (the example schema: edit it, then run gen dev --name <change>)');
    said.push('  what DBML cannot say goes in schema.sql beside it, as PostgreSQL DDL, e.g.');
    said.push('    CREATE INDEX users_email_pattern ON users (email text_pattern_ops);');
  }
  said.push(r.migrations === 'exists' ? 'migrations/ exists: left as it is' : 'created migrations/ (with an empty gen.sum)');
  if (r.gitignore.length > 0) said.push(`added ${r.gitignore.join(', ')} to .gitignore`);
  process.stdout.write(`${said.join('\n')}\n`);
  return 0;
}
