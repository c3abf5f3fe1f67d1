/** `gen validate`: diagnostics, or a one-line summary of what the schema files declare. With SQL
 * beside the DBML, the SQL is built on the shadow database too, so a statement PostgreSQL rejects
 * is reported with its file:line:col. */
import { loadDesired } from './load.js';

/** Validates the desired state behind `file`; exit code 0 when it has no errors. */
export async function validateCommand(file: string, shadowUrl?: string): Promise<number> {
  const d = await loadDesired(file, shadowUrl !== undefined ? { shadowUrl } : {});
  const s = d.schema;
  const columns = s.tables.reduce((n, t) => n + t.columns.length, 0);
  const refs = s.tables.reduce((n, t) => n + t.foreignKeys.length, 0);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const named = [...d.files.dbml, ...d.files.sql].join(' + ');
  process.stdout.write(`${named}: ok — ${plural(s.tables.length, 'table')}, ${plural(columns, 'column')}, ${plural(refs, 'ref')}, ${plural(s.enums.length, 'enum')}\n`);
  return 0;
}
