/** Validate: read the schema files (DBML, and SQL beside it built on the shadow database, so a
 * statement PostgreSQL rejects is reported with its file:line:col) and count what they declare. */
import type { Schema } from '../model/types.js';
import { loadDesired } from './desired.js';
import type { OnEvent } from './events.js';

/** What the schema files declare. */
export interface ValidateResult {
  readonly files: readonly string[];
  readonly schema: Schema;
  readonly counts: { readonly tables: number; readonly columns: number; readonly refs: number; readonly enums: number };
}

/** Validates the desired state behind `file`; throws a SchemaError listing every error. */
export async function validate(file: string, options: { readonly shadowUrl?: string | undefined; readonly onEvent?: OnEvent | undefined } = {}): Promise<ValidateResult> {
  const d = await loadDesired(file, options);
  const s = d.schema;
  const counts = {
    tables: s.tables.length,
    columns: s.tables.reduce((n, t) => n + t.columns.length, 0),
    refs: s.tables.reduce((n, t) => n + t.foreignKeys.length, 0),
    enums: s.enums.length,
  };
  return { files: [...d.files.dbml, ...d.files.sql], schema: s, counts };
}
