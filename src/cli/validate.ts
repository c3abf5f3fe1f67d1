/** `gen validate`: diagnostics, or a one-line summary of what the file declares. */
import { loadSchemaFile } from './load.js';

/** Validates `file`; exit code 0 when it has no errors. */
export function validateCommand(file: string): number {
  const s = loadSchemaFile(file).schema;
  const columns = s.tables.reduce((n, t) => n + t.columns.length, 0);
  const refs = s.tables.reduce((n, t) => n + t.foreignKeys.length, 0);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  process.stdout.write(`${file}: ok — ${plural(s.tables.length, 'table')}, ${plural(columns, 'column')}, ${plural(refs, 'ref')}, ${plural(s.enums.length, 'enum')}\n`);
  return 0;
}
