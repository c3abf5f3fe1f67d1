/** Reading the desired state for a use case: parse the DBML, report warnings in the house format,
 * turn errors into one SchemaError (text, JSON and annotations all come from it), build SQL
 * beside it on the shadow database, and spell expressions as the server does when comparing with
 * a schema read from a server. */
import path from 'node:path';
import { formatDiagnostic } from '../dbml/diagnostics.js';
import { type ParseResult, parse } from '../dbml/index.js';
import type { DbmlDocument } from '../dbml/document.js';
import type { Schema } from '../model/types.js';
import { SchemaError, UserError } from '../errors.js';
import { readTextFile } from '../io/text-file.js';
import type { Rename } from '../diff/changes.js';
import { buildDesired, DesiredStateError } from '../desired/build.js';
import { desiredFiles, type DesiredFiles } from '../desired/files.js';
import { withShadow } from '../migrations/shadow.js';
import { type OnEvent, sinkOf } from './events.js';
import { canonicalJson, sortSchema } from '../model/schema.js';

/** A schema file without errors. */
export type LoadedSchema = ParseResult & { readonly schema: Schema; readonly document: DbmlDocument; readonly text: string };

/** Options of `loadSchemaFile`. */
export interface LoadOptions {
  /** Added to the "no such file" message (e.g. "run gen init to start a project"). */
  readonly missingHint?: string;
  /** An empty file is accepted (the schema.sql beside it states the schema). */
  readonly allowEmpty?: boolean;
  /** Hears the warnings (formatted file:line:col diagnostics). */
  readonly onEvent?: OnEvent | undefined;
}

/** Parses `file` (a path as the user gave it), reporting warnings as events; throws a UserError
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
  if (text.trim() === '' && !options.allowEmpty) throw new UserError(`${file} is empty; a schema without tables would drop every table (if that is intended, put a comment line in it, e.g. // no tables)`, 'file-empty');
  const res = parse(text, file);
  const errors = res.diagnostics.filter((d) => d.severity === 'error');
  const formatted = res.diagnostics.map((d) => formatDiagnostic(d, res.sources.get(d.file)));
  if (errors.length > 0 || !res.schema || !res.document) {
    const diagnostics = res.diagnostics.map((d) => ({ file: d.file, line: d.start.line, column: d.start.col, severity: d.severity, code: d.code, message: d.message }));
    throw new SchemaError(`${errors.length} error${errors.length === 1 ? '' : 's'} in ${file}`, diagnostics, formatted.join('\n'));
  }
  const report = sinkOf(options);
  for (const text of formatted) report({ kind: 'warning', text });
  return { ...res, schema: res.schema, document: res.document, text };
}

/** The path of `file` as messages show it: relative to `cwd` when it is inside (and `cwd` is the
 * process's, against which a relative path is read). */
export function shownPath(file: string, cwd: string): string {
  if (path.resolve(cwd) !== process.cwd()) return file;
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** The desired state read from its files: `schema.dbml`, the `schema.sql` beside it, or a folder. */
export interface LoadedDesired {
  readonly schema: Schema;
  readonly renames: readonly Rename[];
  /** True when the schema was built on the shadow database (there is SQL): every expression is
   * then spelled by the server. */
  readonly fromServer: boolean;
  readonly files: DesiredFiles;
  readonly dbml: readonly LoadedSchema[];
}

/** Reads the desired state behind `given` (a .dbml or .sql file, or a folder). DBML alone is
 * read in-process; SQL beside it is built with the DBML on the shadow database and read back. */
export async function loadDesired(given: string, options: LoadOptions & { readonly shadowUrl?: string | undefined } = {}): Promise<LoadedDesired> {
  const files = desiredFiles(given);
  const hasSql = files.sql.length > 0;
  const dbml = files.dbml.map((f) => loadSchemaFile(f, { ...options, allowEmpty: hasSql || files.dbml.length > 1 }));
  const schema = mergeModels(dbml.map((d, i) => ({ file: files.dbml[i]!, schema: d.schema })));
  const renames = dbml.flatMap((d) => d.renames ?? []);
  if (!hasSql) return { schema, renames, fromServer: false, files, dbml };
  const sql = files.sql.map((file) => ({ file, text: readTextFile(file) }));
  try {
    const built = await withShadow(options.shadowUrl, (db) => buildDesired(db, schema, files.dbml, sql));
    return { schema: built, renames, fromServer: true, files, dbml };
  } catch (e) {
    if (!(e instanceof DesiredStateError)) throw e;
    const where = `${e.file}${e.line !== undefined ? `:${e.line}:${e.column ?? 1}` : ''}`;
    // What PGlite lacks (an extension, lz4) works on a real server given as the shadow database.
    const message = e.code === 'SQL_REJECTED' && options.shadowUrl === undefined ? `${e.message} (built on the in-memory PGlite; pass --shadow-url for what it lacks)` : e.message;
    const diagnostic = { file: e.file, line: e.line ?? 1, column: e.column ?? 1, severity: 'error' as const, code: e.code, message };
    throw new SchemaError(`1 error in ${e.file}`, [diagnostic], `${where}: error ${e.code}: ${message}`);
  }
}

/** One model from several DBML files: an object may appear in more than one (a `use` import brings
 * it along) only with the same definition. */
function mergeModels(parts: readonly { file: string; schema: Schema }[]): Schema {
  if (parts.length === 1) return parts[0]!.schema;
  const tables = new Map<string, { file: string; table: Schema['tables'][number] }>();
  const enums = new Map<string, { file: string; e: Schema['enums'][number] }>();
  for (const p of parts) {
    for (const t of p.schema.tables) {
      const k = `${t.schema}.${t.name}`;
      const seen = tables.get(k);
      if (seen && canonicalJson(seen.table) !== canonicalJson(t)) throw new UserError(`table ${k} is defined in both ${seen.file} and ${p.file}, differently; define it in one file only`, 'schema-invalid');
      if (!seen) tables.set(k, { file: p.file, table: t });
    }
    for (const e of p.schema.enums) {
      const k = `${e.schema}.${e.name}`;
      const seen = enums.get(k);
      if (seen && canonicalJson(seen.e) !== canonicalJson(e)) throw new UserError(`enum ${k} is defined in both ${seen.file} and ${p.file}, differently; define it in one file only`, 'schema-invalid');
      if (!seen) enums.set(k, { file: p.file, e });
    }
  }
  return sortSchema({ schemas: parts.flatMap((p) => p.schema.schemas), enums: [...enums.values()].map((x) => x.e), tables: [...tables.values()].map((x) => x.table) });
}
