/** The DBML front end entry points: text → syntax → document (+ diagnostics), for one source or
 * for a file with its `use` / `reuse` imports. */
import type { IRecognitionException, IToken } from 'chevrotain';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { bind } from './bind.js';
import { type Diagnostic, gateDiagnostics, sortDiagnostics } from './diagnostics.js';
import type { DbmlDocument } from './document.js';
import { Reporter } from './interpret-context.js';
import { interpret } from './interpret.js';
import { lex } from './lex.js';
import { dbmlParser } from './parser.js';
import { type Part, type Statement, buildProgram } from './syntax.js';
import * as T from './tokens.js';

/** Result of parsing: the document when there are no errors, and every diagnostic. */
export interface ParseDocumentResult {
  readonly document?: DbmlDocument;
  readonly diagnostics: readonly Diagnostic[];
  /** Source text by file, for rendering diagnostics. */
  readonly sources: ReadonlyMap<string, string>;
}

function describe(t: IToken): string {
  if (t.tokenType === T.Newline) return 'newline';
  if (t.tokenType.name === 'EOF') return 'EOF';
  return t.image;
}

/** Maps a chevrotain recognition error to an upstream-style diagnostic. */
function syntaxError(e: IRecognitionException, r: Reporter, textLength: number): void {
  const t = e.token;
  const eof = t.tokenType.name === 'EOF' || Number.isNaN(t.startOffset);
  const start = eof ? textLength : t.startOffset;
  const span = { start, end: eof ? textLength : t.startOffset + t.image.length };
  if (eof) {
    r.error('parse', 'UNEXPECTED_EOF', 'Unexpected EOF', span);
    return;
  }
  const closer = t.tokenType === T.RParen || t.tokenType === T.RBracket || t.tokenType === T.RBrace || t.tokenType === T.Comma;
  const msg = e.message;
  if (e.name === 'NoViableAltException' || e.name === 'EarlyExitException') {
    if (closer || t.tokenType === T.Newline) r.error('parse', 'INVALID_OPERAND', `Invalid start of operand "${describe(t)}"`, span);
    else r.error('parse', 'UNEXPECTED_TOKEN', `Unexpected token '${describe(t)}'`, span);
    return;
  }
  if (/RBracket|RParen/.test(msg)) r.error('parse', 'UNEXPECTED_TOKEN', "Expect a comma ','", span);
  else if (/RBrace/.test(msg)) r.error('parse', 'UNEXPECTED_TOKEN', "Expect a closing brace '}'", span);
  else if (/LBrace|Colon/.test(msg)) r.error('parse', 'UNEXPECTED_TOKEN', "Expect an opening brace '{' or a colon ':'", span);
  else if (/Identifier/.test(msg)) r.error('parse', 'UNEXPECTED_TOKEN', 'Expect an identifier', span);
  else r.error('parse', 'UNEXPECTED_TOKEN', `Unexpected token '${describe(t)}'`, span);
}

/** Parse-stage checks on the generic syntax: spaces between parts, one member per line, and no
 * element declaration inside a simple body. */
function checkLayout(statements: readonly Statement[], r: Reporter, text: string, top: boolean): void {
  let prevEnd = -1;
  for (const st of statements) {
    if (!top && prevEnd >= 0 && !text.slice(prevEnd, st.start).includes('\n')) {
      r.error('parse', 'UNEXPECTED_TOKEN', 'Expect a new line', { start: st.start, end: st.start + 1 });
    }
    prevEnd = st.end;
    checkParts(st.parts, r);
    if (st.simple) {
      checkParts(st.simple.parts, r);
      const first = st.simple.parts[0];
      if (first && first.kind === 'ident' && !first.quoted && st.simple.parts.length >= 2 && /^(table|enum|ref|tablegroup|tablepartial|project|note|indexes|checks|records)$/i.test(first.name)) {
        r.error('parse', 'UNEXPECTED_ELEMENT_DECLARATION', "An element's simple body must not be an element declaration", st.simple);
      }
    }
    if (st.block) checkLayout(st.block.members, r, text, false);
  }
}

function checkParts(parts: readonly Part[], r: Reporter): void {
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1]!;
    const b = parts[i]!;
    if (a.kind === 'comma' || b.kind === 'comma') continue;
    if (a.end === b.start) r.error('parse', 'MISSING_SPACES', 'Expect a following space', b);
  }
}

/** Splits tokens after each depth-0 `}` that ends its line: whole top-level elements per chunk. */
function* topLevelChunks(tokens: IToken[]): Generator<IToken[]> {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.tokenType;
    if (t === T.LBrace) depth++;
    else if (t === T.RBrace) {
      if (depth > 0) depth--;
      if (depth === 0 && tokens[i + 1]?.tokenType === T.Newline) {
        yield tokens.slice(start, i + 2);
        start = i + 2;
        i++;
      }
    }
  }
  if (start < tokens.length || tokens.length === 0) yield tokens.slice(start);
}

/** Parses one DBML source into a document (without resolving `use` imports). */
export function parseSource(text: string, file: string): { document: DbmlDocument; diagnostics: Diagnostic[]; reporter: Reporter } {
  const lx = lex(text, file);
  const r = new Reporter(file, lx.lineStarts);
  for (const d of lx.diagnostics) r.diagnostics.push(d);
  const parser = dbmlParser();
  // Parse one top-level element at a time: the CST of a chunk is turned into syntax and dropped
  // at once, so memory stays proportional to the syntax tree rather than to a whole-file CST.
  const statements: Statement[] = [];
  for (const chunk of topLevelChunks(lx.tokens)) {
    const { cst, errors } = parser.parseTokens(chunk);
    for (const e of errors) syntaxError(e, r, text.length);
    for (const st of buildProgram(cst)) statements.push(st);
  }
  checkLayout(statements, r, text, true);
  const document = interpret(statements, r, text);
  return { document, diagnostics: r.diagnostics, reporter: r };
}

/** Parses and binds a single self-contained DBML text. `use` imports are resolved from `file`'s
 * directory when that file exists on disk. */
export function parseDocument(text: string, file = '<input>'): ParseDocumentResult {
  const sources = new Map<string, string>([[file, text]]);
  const all: Diagnostic[] = [];
  const loaded = loadWithImports(text, file, sources, all, new Map());
  bind(loaded.document, loaded.reporter);
  for (const d of loaded.reporter.diagnostics) all.push(d);
  const diagnostics = sortDiagnostics(gateDiagnostics(dedupe(all)));
  const hasError = diagnostics.some((d) => d.severity === 'error');
  return { ...(hasError ? {} : { document: loaded.document }), diagnostics, sources };
}

/** Parses a file from disk, following `use` / `reuse`. */
export function parseFile(file: string): ParseDocumentResult {
  return parseDocument(readFileSync(file, 'utf8'), file);
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.file}:${d.start.offset}:${d.code}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

type Loaded = { document: DbmlDocument; reporter: Reporter };

function loadWithImports(text: string, file: string, sources: Map<string, string>, all: Diagnostic[], cache: Map<string, Loaded | 'loading'>): Loaded {
  const own = parseSource(text, file);
  cache.set(path.resolve(file), { document: own.document, reporter: own.reporter });
  let doc = own.document;
  for (const u of own.document.uses) {
    const base = path.resolve(path.dirname(file), u.path);
    const target = existsSync(base) ? base : existsSync(`${base}.dbml`) ? `${base}.dbml` : undefined;
    if (!target) {
      const at = text.indexOf(u.text);
      own.reporter.error('bind', 'NONEXISTENT_MODULE', `Failed to resolve the non-existent file '${u.path.endsWith('.dbml') ? u.path : `${u.path}.dbml`}'`, { start: Math.max(0, at), end: Math.max(0, at) + u.text.length });
      continue;
    }
    const cached = cache.get(target);
    if (cached === 'loading') continue;
    let imported: Loaded;
    if (cached) imported = cached;
    else {
      cache.set(target, 'loading');
      const t = readFileSync(target, 'utf8');
      const rel = path.relative(path.dirname(file), target);
      const shown = path.join(path.dirname(file), rel);
      sources.set(shown, t);
      imported = loadWithImports(t, shown, sources, all, cache);
      for (const d of imported.reporter.diagnostics) all.push(d);
    }
    doc = mergeUse(doc, imported.document, u.text);
  }
  for (const d of own.reporter.diagnostics) all.push(d);
  own.reporter.diagnostics.length = 0;
  return { document: doc, reporter: own.reporter };
}

/** Merges an imported document into the importer: all of it for `use *`, else the listed items. */
function mergeUse(into: DbmlDocument, from: DbmlDocument, useText: string): DbmlDocument {
  const star = /^\s*\w+\s*\*/.test(useText);
  if (star) {
    return {
      ...into,
      enums: [...from.enums, ...into.enums],
      tables: [...from.tables, ...into.tables],
      partials: [...from.partials, ...into.partials],
      refs: [...from.refs, ...into.refs],
      groups: [...from.groups, ...into.groups],
      stickyNotes: [...from.stickyNotes, ...into.stickyNotes],
      records: [...from.records, ...into.records],
    };
  }
  const spec = [...useText.matchAll(/^\s*(table|enum|tablepartial|note|schema|tablegroup)\s+([^\n]+?)(?:\s+as\s+(\S+))?\s*$/gim)];
  const want = (kind: string, schema: string, name: string) =>
    spec.some((m) => m[1]!.toLowerCase() === kind && [name, `${schema}.${name}`].includes(m[2]!.replace(/"/g, '')));
  const alias = (kind: string, schema: string, name: string) =>
    spec.find((m) => m[1]!.toLowerCase() === kind && [name, `${schema}.${name}`].includes(m[2]!.replace(/"/g, '')))?.[3];
  const schemas = new Set(spec.filter((m) => m[1]!.toLowerCase() === 'schema').map((m) => m[2]!.replace(/"/g, '')));
  const groupTables = new Set<string>();
  for (const g of from.groups) if (want('tablegroup', 'public', g.name)) for (const t of g.tables) groupTables.add(`${t.schema || 'public'}.${t.name}`);
  const tables = from.tables
    .filter((t) => want('table', t.schema, t.name) || schemas.has(t.schema) || groupTables.has(`${t.schema}.${t.name}`))
    .map((t) => {
      const a = alias('table', t.schema, t.name);
      return a ? { ...t, name: a } : t;
    });
  const names = new Set(tables.map((t) => `${t.schema}.${t.name}`));
  return {
    ...into,
    enums: [...from.enums.filter((e) => want('enum', e.schema, e.name) || schemas.has(e.schema)), ...into.enums],
    tables: [...tables, ...into.tables],
    partials: [...from.partials.filter((p) => want('tablepartial', p.schema, p.name)), ...into.partials],
    refs: [...from.refs.filter((r) => names.has(`${r.left.schema || 'public'}.${r.left.table}`) && names.has(`${r.right.schema || 'public'}.${r.right.table}`)), ...into.refs],
    groups: [...from.groups.filter((g) => want('tablegroup', 'public', g.name)), ...into.groups],
    stickyNotes: [...from.stickyNotes.filter((n) => want('note', n.schema, n.name)), ...into.stickyNotes],
  };
}
