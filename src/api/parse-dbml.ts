/** `parseDbml` of the library API: DBML text to the schema model, with its diagnostics in the
 * shape `--json` prints them (file, line, column), not the front end's internal spans. */
import { parse } from '../dbml/index.js';
import type { Rename } from '../diff/changes.js';
import type { SchemaDiagnostic } from '../errors.js';
import type { Schema } from '../model/types.js';

/** Options of `parseDbml`. */
export interface ParseDbmlOptions {
  /** Names the text in diagnostics and anchors relative `use` imports (default `<input>`). */
  readonly file?: string | undefined;
}

/** What `parseDbml` read: the schema when there is no error, and every diagnostic. */
export interface ParsedDbml {
  /** The model; absent when a diagnostic is an error. */
  readonly schema?: Schema;
  readonly diagnostics: readonly SchemaDiagnostic[];
  /** Renames the text declares with `renamed_from` (an input of `plan`). */
  readonly renames: readonly Rename[];
}

/** Parses DBML text and lowers it to the schema model, as `gen validate` reads a file (without
 * the `schema.sql` beside it, which needs a database). */
export function parseDbml(text: string, options: ParseDbmlOptions = {}): ParsedDbml {
  const r = parse(text, options.file);
  const diagnostics = r.diagnostics.map((d) => ({ file: d.file, line: d.start.line, column: d.start.col, severity: d.severity, code: d.code, message: d.message }));
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { ...(r.schema && !failed ? { schema: r.schema } : {}), diagnostics, renames: r.renames ?? [] };
}
