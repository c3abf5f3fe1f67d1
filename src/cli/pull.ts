/** `gen pull`: flags → the pull use case → DBML on stdout, or a line saying what was written. */
import { pull, sqlTwin } from '../use-cases/pull.js';

/** Runs `gen pull`; exit code 0 on success. */
export async function pullCommand(opts: { url?: string; out?: string }, cwd = process.cwd()): Promise<number> {
  const r = await pull({ cwd, url: opts.url, out: opts.out });
  if (r.outcome === 'text') process.stdout.write(r.dbml);
  else {
    // Named as the user named --out.
    const shown = r.files.length > 1 ? `${opts.out} and ${sqlTwin(opts.out!)}` : opts.out;
    process.stderr.write(`wrote ${shown}: ${r.tables} tables, ${r.enums} enums, ${r.unmanaged} unmanaged objects\n`);
  }
  return 0;
}
