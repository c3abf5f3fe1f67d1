/** A file with its `use` / `reuse` imports: each file parsed and interpreted once, the imported
 * elements resolved into one document, which is then bound (+ every diagnostic, gated and sorted). */
import { existsSync, statSync } from 'node:fs';
import { readTextFile } from '../../io/text-file.js';
import path from 'node:path';
import { bind, tableIndex } from './bind.js';
import { type Diagnostic, type Reporter, gateDiagnostics, sortDiagnostics } from '../diagnostics.js';
import type { DbmlDocument, DbmlUse } from '../document.js';
import { parseSource } from '../interpret/interpret.js';
import type { CommentMap } from '../parse/comments.js';

/** Result of parsing: the document when there are no errors, and every diagnostic. */
export interface ParseDocumentResult {
  readonly document?: DbmlDocument;
  readonly diagnostics: readonly Diagnostic[];
  /** Source text by file, for rendering diagnostics. */
  readonly sources: ReadonlyMap<string, string>;
  /** The entry file's comments, attached to its elements (for the formatter). */
  readonly comments?: CommentMap;
  /** The file that declares a table, partial, enum or ref of the document (the entry file for
   * anything else). For diagnostics only: a scan. */
  readonly fileOf?: (element: object) => string;
}

/** Parses and binds a single self-contained DBML text. `use` imports are resolved from `file`'s
 * directory when that file exists on disk. */
export function parseDocument(text: string, file = '<input>'): ParseDocumentResult {
  const sources = new Map<string, string>([[file, text]]);
  const all: Diagnostic[] = [];
  const files = new Map<string, Loaded>();
  const entry = loadAll(text, file, sources, files);
  const visible = pruneImported(exportsOf(entry, files, new Set(), false), entry.own);
  const document: DbmlDocument = { ...visible, uses: entry.own.uses, views: entry.own.views, ...(entry.own.project ? { project: entry.own.project } : {}) };
  bind(document, entry.reporter);
  for (const f of files.values()) for (const d of f.reporter.diagnostics) all.push(d);
  const diagnostics = sortDiagnostics(gateDiagnostics(dedupe(all)));
  const hasError = diagnostics.some((d) => d.severity === 'error');
  const fileOf = (el: object): string => {
    for (const f of files.values()) {
      const d = f.own;
      const lists: readonly (readonly object[])[] = [d.tables, d.partials, d.enums, d.refs];
      if (lists.some((l) => l.includes(el))) return f.file;
    }
    return file;
  };
  return { ...(hasError ? {} : { document }), diagnostics, sources, comments: entry.comments, fileOf };
}

/** Parses a file from disk, following `use` / `reuse`. */
export function parseFile(file: string): ParseDocumentResult {
  return parseDocument(readTextFile(file), file);
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

type Loaded = { own: DbmlDocument; reporter: Reporter; file: string; targets: (string | undefined)[]; comments: CommentMap };

/** Loads `file` and every file it imports (once each), resolving `use` paths; reports missing files. */
function loadAll(text: string, file: string, sources: Map<string, string>, files: Map<string, Loaded>): Loaded {
  const own = parseSource(text, file);
  const loaded: Loaded = { own: own.document, reporter: own.reporter, file, targets: [], comments: own.comments };
  files.set(path.resolve(file), loaded);
  for (const u of own.document.uses) {
    const base = path.resolve(path.dirname(file), u.path);
    const target = [base, `${base}.dbml`].find((p) => existsSync(p) && statSync(p).isFile());
    if (!target) {
      own.reporter.error('bind', 'NONEXISTENT_MODULE', `Failed to resolve the non-existent file '${u.path.endsWith('.dbml') ? u.path : `${u.path}.dbml`}'`, u.span);
      loaded.targets.push(undefined);
      continue;
    }
    loaded.targets.push(target);
    if (files.has(target)) continue;
    const t = readTextFile(target);
    const shown = path.join(path.dirname(file), path.relative(path.dirname(file), target));
    sources.set(shown, t);
    loadAll(t, shown, sources, files);
  }
  return loaded;
}

const EMPTY: DbmlDocument = { enums: [], tables: [], partials: [], refs: [], groups: [], stickyNotes: [], views: [], records: [], uses: [] };

/** What a file exports: its own elements plus what it `reuse`s (transitively). `use` imports are
 * visible in the importing file only. A cycle contributes the file's own elements. */
function exportsOf(f: Loaded, files: Map<string, Loaded>, visiting: Set<Loaded>, onlyReuse: boolean): DbmlDocument {
  if (visiting.has(f)) return f.own;
  visiting.add(f);
  let doc: DbmlDocument = { ...f.own, uses: [] };
  f.own.uses.forEach((u, i) => {
    const target = f.targets[i];
    if (!target || (onlyReuse && !u.reuse)) return;
    const dep = files.get(target);
    if (!dep) return;
    doc = mergeDocs(doc, select(exportsOf(dep, files, visiting, true), u));
  });
  visiting.delete(f);
  return doc;
}

function mergeDocs(a: DbmlDocument, b: DbmlDocument): DbmlDocument {
  const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];
  return {
    ...a,
    enums: uniq([...a.enums, ...b.enums]),
    tables: uniq([...a.tables, ...b.tables]),
    partials: uniq([...a.partials, ...b.partials]),
    refs: uniq([...a.refs, ...b.refs]),
    groups: uniq([...a.groups, ...b.groups]),
    stickyNotes: uniq([...a.stickyNotes, ...b.stickyNotes]),
    records: uniq([...a.records, ...b.records]),
  };
}

/** The part of an exported document that a `use` selects. A table brings its refs and records;
 * a table group brings its tables; a schema brings everything in it. */
function select(from: DbmlDocument, u: DbmlUse): DbmlDocument {
  if (!u.specs) return { ...from, uses: [], views: [] };
  const specs = u.specs;
  const hit = (kind: string, schema: string, name: string) => specs.find((s) => s.kind === kind && s.name === name && (s.schema ?? 'public') === schema);
  const schemas = new Set(specs.filter((s) => s.kind === 'schema').map((s) => s.name));
  const groups = from.groups.filter((g) => hit('tablegroup', 'public', g.name));
  const inGroup = (t: { schema: string; name: string; alias?: string }) => groups.some((g) => g.tables.some((m) => (m.schema === '' ? m.name === t.name || m.name === t.alias : m.schema === t.schema && m.name === t.name)));
  const tables = from.tables.flatMap((t) => {
    const s = hit('table', t.schema, t.name);
    if (s) return [s.alias !== undefined ? { ...t, alias: s.alias } : t];
    return schemas.has(t.schema) || inGroup(t) ? [t] : [];
  });
  const names = new Set(tables.flatMap((t) => [`${t.schema}.${t.name}`, ...(t.alias !== undefined ? [`.${t.alias}`] : []), ...(t.schema === 'public' ? [`.${t.name}`] : [])]));
  const touches = (e: { schema: string; table: string }) => names.has(`${e.schema}.${e.table}`);
  return {
    ...EMPTY,
    enums: from.enums.filter((e) => hit('enum', e.schema, e.name) || schemas.has(e.schema)),
    tables,
    partials: from.partials.filter((p) => hit('tablepartial', p.schema, p.name)),
    refs: from.refs.filter((r) => touches(r.left) || touches(r.right)),
    groups,
    stickyNotes: from.stickyNotes.filter((n) => hit('note', n.schema, n.name) || schemas.has(n.schema)),
    records: from.records.filter((r) => touches({ schema: r.schema, table: r.table })),
  };
}

/** Drops imported refs and records whose tables are not visible in the importing file. */
function pruneImported(doc: DbmlDocument, own: DbmlDocument): DbmlDocument {
  const idx = tableIndex(doc);
  const ownRefs = new Set(own.refs);
  const ownRecords = new Set(own.records);
  return {
    ...doc,
    refs: doc.refs.filter((r) => ownRefs.has(r) || (r.partial ? true : idx.resolve(r.left.schema, r.left.table) && idx.resolve(r.right.schema, r.right.table))),
    records: doc.records.filter((r) => ownRecords.has(r) || idx.resolve(r.schema, r.table)),
  };
}
