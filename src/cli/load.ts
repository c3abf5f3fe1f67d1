/** Reading a DBML file for a command: parse it and print diagnostics in the house format. */
import { existsSync } from 'node:fs';
import { formatDiagnostic } from '../dbml/diagnostics.js';
import { type ParseResult, parseDbmlFile } from '../dbml/index.js';

/** Parses `file`, printing every diagnostic to stderr; undefined when it has errors. */
export function loadSchemaFile(file: string): ParseResult | undefined {
  if (!existsSync(file)) {
    process.stderr.write(`error: ${file}: no such file\n`);
    return undefined;
  }
  const res = parseDbmlFile(file);
  for (const d of res.diagnostics) process.stderr.write(`${formatDiagnostic(d, res.sources.get(d.file))}\n`);
  const errors = res.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    process.stderr.write(`${errors} error${errors === 1 ? '' : 's'} in ${file}\n`);
    return undefined;
  }
  return res;
}
