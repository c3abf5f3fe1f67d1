/** `gen hash`: flags → the hash use case → text. */
import path from 'node:path';
import { hash } from '../use-cases/hash.js';

/** Runs `gen hash`; returns the exit code. */
export async function hashCommand(flags: { migrations?: string }, cwd = process.cwd()): Promise<number> {
  const r = hash({ cwd, migrations: flags.migrations });
  const shown = `${path.relative(cwd, path.dirname(r.file)) || '.'}/gen.sum`;
  const n = `${r.migrations} migration${r.migrations === 1 ? '' : 's'}`;
  if (!r.changed) process.stdout.write(`${shown} already matches the ${n}\n`);
  else process.stdout.write(`wrote ${shown} for ${n}${r.problems.length ? `; it had:\n${r.problems.map((p) => `  ${p}`).join('\n')}` : ''}\n`);
  return 0;
}
