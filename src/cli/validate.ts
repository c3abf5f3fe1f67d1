/** `gen validate`: the validate use case → diagnostics on stderr, a one-line summary. */
import { validate } from '../use-cases/validate.js';

/** Validates the desired state behind `file`; exit code 0 when it has no errors. */
export async function validateCommand(file: string, shadowUrl?: string): Promise<number> {
  const r = await validate(file, { shadowUrl, onEvent: (e) => e.kind === 'warning' && process.stderr.write(`${e.text}\n`) });
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const c = r.counts;
  process.stdout.write(`${r.files.join(' + ')}: ok — ${plural(c.tables, 'table')}, ${plural(c.columns, 'column')}, ${plural(c.refs, 'ref')}, ${plural(c.enums, 'enum')}\n`);
  return 0;
}
