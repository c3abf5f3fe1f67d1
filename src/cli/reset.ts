/** `gen reset`: flags → the reset use case → text. */
import { reset } from '../use-cases/reset.js';

/** Runs `gen reset`; returns the exit code. */
export async function resetCommand(flags: { url?: string; force?: boolean; migrations?: string }, cwd = process.cwd()): Promise<number> {
  const r = await reset({ cwd, ...flags });
  process.stdout.write(`reset ${r.database}: dropped everything, applied ${r.applied} migration${r.applied === 1 ? '' : 's'}\n`);
  return 0;
}
