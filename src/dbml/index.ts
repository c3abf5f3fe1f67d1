/** The DBML front end as one function: text → `{ schema, document, diagnostics }`. */
import { type Diagnostic, lineStartsOf, positionAt, sortDiagnostics } from './diagnostics.js';
import type { CommentMap } from './parse/comments.js';
import type { DbmlDocument } from './document.js';
import { lower } from './lower/lower.js';
import { parseDocument, parseFile } from './bind/load.js';
import { postgresIssues } from './lower/postgres-rules.js';
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
    severity: 'warning',
    code: 'PG_INCOMPATIBLE',
    stage: 'interpret',
    file,
    message: `${w.table}${w.column ? `.${w.column}` : ''}: ${w.message}`,
    start: positionAt(starts, w.span.start),
    end: positionAt(starts, w.span.end),
  }));
  const issues = postgresIssues(r.document, schema);
  if (issues.length > 0) {
    // Valid DBML that PostgreSQL would reject: errors, and no schema for a command to use.
    const starts = new Map<string, readonly number[]>();
    const errors: Diagnostic[] = issues.map((i) => {
      const f = r.fileOf?.(i.owner) ?? file;
      let ls = starts.get(f);
      if (!ls) starts.set(f, (ls = lineStartsOf(r.sources.get(f) ?? '')));
      return { severity: 'error', code: i.code, stage: 'postgres', file: f, message: i.message, start: positionAt(ls, i.at.start), end: positionAt(ls, Math.max(i.at.end, i.at.start)) };
    });
    return { ...r, diagnostics: sortDiagnostics([...r.diagnostics, ...extra, ...errors]) };
  }
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
