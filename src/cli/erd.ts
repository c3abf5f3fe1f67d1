/** `gen erd`: flags → the erd use case → the Mermaid diagram on stdout. */
import { tablePatterns } from '../erd/filter.js';
import { erd } from '../use-cases/erd.js';

/** Options of `gen erd` as commander hands them over. */
export interface ErdFlags {
  schema?: string;
  url?: string;
  shadowUrl?: string;
  format?: string;
  tables?: string;
  schemaName?: string;
  neighbours?: boolean;
}

/** Runs `gen erd`; exit code 0 on success. `schemaDefault` (gen.config.json's, else
 * schema.dbml) is read unless `--url` names a database. */
export async function erdCommand(flags: ErdFlags, schemaDefault: string, cwd = process.cwd()): Promise<number> {
  const r = await erd({
    cwd,
    schema: flags.schema ?? (flags.url === undefined ? schemaDefault : undefined),
    url: flags.url,
    shadowUrl: flags.shadowUrl,
    tables: flags.tables !== undefined ? tablePatterns(flags.tables) : undefined,
    schemaName: flags.schemaName,
    neighbours: flags.neighbours,
    onEvent: (e) => e.kind === 'warning' && process.stderr.write(`${e.text}\n`),
  });
  process.stdout.write(r.text);
  return 0;
}
