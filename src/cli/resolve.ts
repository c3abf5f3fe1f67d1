/** `gen resolve --applied NAME | --rolled-back NAME`: flags → the resolve use case → text. */
import { UserError } from '../errors.js';
import { resolve } from '../use-cases/resolve.js';

/** Runs `gen resolve`; returns the exit code. */
export async function resolveCommand(flags: { applied?: string; rolledBack?: string; url?: string; migrations?: string }, cwd = process.cwd()): Promise<number> {
  if ((flags.applied === undefined) === (flags.rolledBack === undefined)) throw new UserError('give one of --applied NAME or --rolled-back NAME');
  const r = await resolve({ cwd, url: flags.url, migrations: flags.migrations, name: (flags.applied ?? flags.rolledBack)!, as: flags.applied !== undefined ? 'applied' : 'rolled-back' });
  if (!r.resume) {
    process.stdout.write(`recorded ${r.name} as applied on ${r.database}\n`);
    return 0;
  }
  const from = r.resume.kept > 0 ? `resume it at unit ${r.resume.unit} of ${r.resume.units} (the ${r.resume.kept} statements before it are committed and kept)` : 'run it from the start';
  process.stdout.write(`recorded ${r.name} as rolled back on ${r.database}: gen deploy will ${from}\n`);
  return 0;
}
