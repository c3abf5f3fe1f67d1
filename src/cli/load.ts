/** Reading a DBML file for a command: parse it, print warnings in the house format, and turn
 * errors into one SchemaError (text, JSON and annotations all come from it). */
import path from 'node:path';
import { formatDiagnostic } from '../dbml/diagnostics.js';
import { type ParseResult, parse } from '../dbml/index.js';
import type { DbmlDocument } from '../dbml/document.js';
import type { Schema } from '../model/types.js';
import { SchemaError, UserError } from '../errors.js';
import { readTextFile } from '../io/text-file.js';

/** A schema file without errors. */
export type LoadedSchema = ParseResult & { readonly schema: Schema; readonly document: DbmlDocument; readonly text: string };

/** Options of `loadSchemaFile`. */
export interface LoadOptions {
  /** Added to the "no such file" message (e.g. "run gen init to start a project"). */
  readonly missingHint?: string;
}

/** Parses `file` (a path as the user gave it), printing warnings to stderr; throws a UserError
 * when it cannot be read, is empty, or has errors. */
export function loadSchemaFile(file: string, options: LoadOptions = {}): LoadedSchema {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (e) {
    if (e instanceof UserError && e.code === 'file-not-found' && options.missingHint) throw new UserError(`${file}: no such file; ${options.missingHint}`, 'not-initialised');
    throw e;
  }
  // An empty desired schema means "drop every table": too much to infer from a truncated file.
  if (text.trim() === '') throw new UserError(`${file} is empty; a schema without tables would drop every table (if that is intended, put a comment line in it, e.g. // no tables)`, 'file-empty');
  const res = parse(text, file);
  const errors = res.diagnostics.filter((d) => d.severity === 'error');
  const formatted = res.diagnostics.map((d) => formatDiagnostic(d, res.sources.get(d.file)));
  if (errors.length > 0 || !res.schema || !res.document) {
    const diagnostics = res.diagnostics.map((d) => ({ file: d.file, line: d.start.line, column: d.start.col, severity: d.severity, code: d.code, message: d.message }));
    throw new SchemaError(`${errors.length} error${errors.length === 1 ? '' : 's'} in ${file}`, diagnostics, formatted.join('\n'));
  }
  for (const line of formatted) process.stderr.write(`${line}\n`);
  return { ...res, schema: res.schema, document: res.document, text };
}

/** The path of `file` as messages show it: relative to `cwd` when it is inside (and `cwd` is the
 * process's, against which a relative path is read). */
export function shownPath(file: string, cwd: string): string {
  if (path.resolve(cwd) !== process.cwd()) return file;
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
