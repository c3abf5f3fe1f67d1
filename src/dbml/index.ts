/** The DBML front end as one function: text → `{ schema, document, diagnostics }`. */
import { type Diagnostic, lineStartsOf, positionAt } from './diagnostics.js';
import type { CommentMap } from './comments.js';
import type { DbmlDocument } from './document.js';
import { lower } from './lower.js';
import { parseDocument, parseFile } from './parse.js';
import type { Schema } from '../model/types.js';
import type { Rename } from '../diff/changes.js';

/** The result of parsing DBML: a schema and document when there are no errors. */
export interface ParseResult {
  readonly schema?: Schema;
  readonly document?: DbmlDocument;
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, string>;
  readonly comments?: CommentMap;
  /** Renames declared with `renamed_from` (inputs to `diff`). */
  readonly renames?: readonly Rename[];
}

function finish(r: ReturnType<typeof parseDocument>): ParseResult {
  if (!r.document) return r;
  const { schema, warnings, renames } = lower(r.document);
  const [file, text] = [...r.sources.entries()][0] ?? ['<input>', ''];
  const starts = warnings.length > 0 ? lineStartsOf(text) : [];
  const extra: Diagnostic[] = warnings.map((w) => ({
    severity: 'warning', code: 'PG_INCOMPATIBLE', stage: 'interpret', file,
    message: `${w.table}${w.column ? `.${w.column}` : ''}: ${w.message}`,
    start: positionAt(starts, w.span.start), end: positionAt(starts, w.span.end),
  }));
  return { ...r, schema, renames, diagnostics: [...r.diagnostics, ...extra] };
}

/** Parses DBML text. `file` names it in diagnostics and anchors relative `use` paths. */
export function parse(text: string, file = '<input>'): ParseResult {
  return finish(parseDocument(text, file));
}

/** Parses a DBML file from disk (with its `use` imports). */
export function parseDbmlFile(file: string): ParseResult {
  return finish(parseFile(file));
}
