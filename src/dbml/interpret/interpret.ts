/** The CST→model visitor's second half: top-level elements of the generic syntax become a
 * `DbmlDocument`, with upstream-compatible validation diagnostics. */
import type { DbmlUse, DbmlDiagramView, DbmlDocument, DbmlEnum, DbmlGroup, DbmlProject, DbmlRef, DbmlStickyNote, DbmlTable } from '../document.js';
import { RENAMED_FROM } from '../document.js';
import type { Diagnostic, Reporter } from '../diagnostics.js';
import { colorOf, isKeyword, nameParts, noteOf, readSettings, reportRepeats, single, spanOf, stringOf, uniqueSettings } from './context.js';
import { refElement } from './ref.js';
import { customSetting, noteBlock, recordRows, tableBody, tableSettings } from './table.js';
import { Interner } from './values.js';
import type { ColumnLines } from '../parse/column-lines.js';
import type { CommentMap } from '../parse/comments.js';
import { parseStatements } from '../parse/index.js';
import { NONE } from '../lists.js';
import type { Expr, Part, Statement } from '../parse/syntax.js';

interface Mutable {
  project?: DbmlProject;
  enums: DbmlEnum[];
  tables: DbmlTable[];
  partials: DbmlTable[];
  refs: DbmlRef[];
  groups: DbmlGroup[];
  stickyNotes: DbmlStickyNote[];
  views: DbmlDiagramView[];
  records: DbmlDocument['records'][number][];
  uses: DbmlUse[];
}

/** Parses and interprets one DBML source into a document (without resolving `use` imports). Each
 * element is interpreted as soon as it is parsed (see `parseStatements`). */
export function parseSource(text: string, file: string): { document: DbmlDocument; diagnostics: Diagnostic[]; reporter: Reporter; comments: CommentMap } {
  const { sink, reporter, comments } = parseStatements(text, file, (r) => interpreter(r, text));
  return { document: sink.document, diagnostics: reporter.diagnostics, reporter, comments };
}

/** An interpreter fed one top-level statement at a time (`parseStatements` streams them). */
export function interpreter(r: Reporter, source: string): { add(st: Statement): void; readonly document: DbmlDocument; readonly lines: ColumnLines } {
  const doc: Mutable = { enums: [], tables: [], partials: [], refs: [], groups: [], stickyNotes: [], views: [], records: [], uses: [] };
  const intern = new Interner(source);
  return { add: (st) => element(st, r, doc, source, intern), document: doc, lines: intern.lines };
}

function element(st: Statement, r: Reporter, doc: Mutable, source: string, intern: Interner): void {
  if (st.use) {
    doc.uses.push(useDecl(st, r, source));
    return;
  }
  const head = st.parts[0]!;
  const kw = head.kind === 'ident' && !head.quoted ? head.name.toLowerCase() : head.kind === 'call' && head.callee.kind === 'ident' ? head.callee.name.toLowerCase() : '';
  switch (kw) {
    case 'table':
    case 'tablepartial':
      tableElement(st, r, doc, kw === 'tablepartial', intern);
      break;
    case 'enum':
      enumElement(st, r, doc);
      break;
    case 'ref':
      refElement(st, r, doc.refs, intern);
      break;
    case 'tablegroup':
      groupElement(st, r, doc);
      break;
    case 'note':
      stickyNote(st, r, doc);
      break;
    case 'project':
      projectElement(st, r, doc);
      break;
    case 'records':
      topRecords(st, r, doc);
      break;
    case 'diagramview':
      diagramView(st, r, doc);
      break;
    case 'indexes':
      r.error('validate', 'INVALID_INDEXES_CONTEXT', 'An Indexes can only appear inside a Table or a TablePartial', st);
      break;
    case 'checks':
      r.error('validate', 'INVALID_CHECKS_CONTEXT', 'A Checks can only appear inside a Table or a TablePartial', st);
      break;
    default:
      if (st.simple) r.error('validate', 'INVALID_CUSTOM_CONTEXT', 'A Custom element can only appear in a Project', st);
      else r.error('validate', 'INVALID_ELEMENT', `Unknown element type '${head.kind === 'ident' ? head.name : source.slice(head.start, head.end)}'`, head);
  }
}

const USE_KINDS = new Set(['table', 'enum', 'tablepartial', 'note', 'schema', 'tablegroup']);

/** A `use` / `reuse` declaration with its specifiers (`kind name [as alias]`, one per line). */
function useDecl(st: Statement, r: Reporter, source: string): DbmlUse {
  const u = st.use!;
  const base = { path: u.path, reuse: u.reuse, text: source.slice(st.start, st.end), span: { start: st.start, end: st.end } };
  if (u.star) return base;
  const specs: { kind: string; schema?: string; name: string; alias?: string }[] = [];
  for (const m of st.block?.members ?? []) {
    const [kindE, nameE, asE, aliasE, ...rest] = m.parts;
    const kind = kindE?.kind === 'ident' && !kindE.quoted ? kindE.name.toLowerCase() : '';
    const np = nameParts(nameE);
    const ap = aliasE ? nameParts(aliasE) : undefined;
    if (!USE_KINDS.has(kind) || !np || np.length > 2 || (asE && (!isKeyword(asE, 'as') || !ap || ap.length !== 1)) || rest.length > 0 || m.settings || m.block || m.simple) {
      r.error('validate', 'INVALID_USE_SPECIFIER', 'A use specifier must be of the form <kind> <name> [as <alias>], with kind table, enum, tablepartial, note, schema or tablegroup', m);
      continue;
    }
    specs.push({ kind, ...(np.length === 2 ? { schema: np[0]! } : {}), name: np[np.length - 1]!, ...(ap ? { alias: ap[0]! } : {}) });
  }
  return { ...base, specs };
}

/** `name` / `schema.name` of an element header; reports nested schemas. */
function qualified(e: Part | undefined, r: Reporter, what: string): { schema: string; name: string } | undefined {
  const p = nameParts(e);
  if (!e || !p) {
    r.error('validate', 'INVALID_NAME', `${what} name must be an identifier or a quoted identifier`, e ?? { start: 0, end: 0 });
    return undefined;
  }
  if (p.length > 2) {
    r.error('validate', 'UNSUPPORTED', 'Nested schema is not supported', e);
    return undefined;
  }
  return p.length === 2 ? { schema: p[0]!, name: p[1]! } : { schema: 'public', name: p[0]! };
}

function requireBlock(st: Statement, r: Reporter, what: string): boolean {
  if (st.block) return true;
  r.error('validate', 'UNEXPECTED_SIMPLE_BODY', `${what} should have a complex body`, st);
  return false;
}

function tableElement(st: Statement, r: Reporter, doc: Mutable, partial: boolean, intern: Interner): void {
  const what = partial ? 'A TablePartial' : 'A Table';
  // (Indexed, not destructured: array destructuring runs the iterator protocol, which is slow
  // on a large schema's first parse, before this function is optimised.)
  const nameE = st.parts[1];
  const asE = st.parts[2];
  const aliasE = st.parts[3];
  if (!nameE) {
    r.error('validate', 'NAME_NOT_FOUND', `${what} must have a name`, st.parts[0]!);
    return;
  }
  if (!requireBlock(st, r, what)) return;
  const q = qualified(nameE, r, what);
  let alias: string | undefined;
  if (asE) {
    const ap = nameParts(aliasE);
    if (!isKeyword(asE, 'as') || !aliasE || !ap || ap.length !== 1 || st.parts.length > 4) {
      r.error('validate', 'INVALID_ALIAS', 'Table aliases can only contain alphanumeric and underscore unless surrounded by double quotes', aliasE ?? asE);
    } else if (partial) r.error('validate', 'UNEXPECTED_ALIAS', "A TablePartial shouldn't have an alias", aliasE);
    else alias = ap[0]!;
  }
  if (partial && q && q.schema !== 'public' && nameParts(nameE)!.length === 2) {
    r.error('validate', 'INVALID_NAME', 'A TablePartial name must be an identifier or a quoted identifier', nameE);
  }
  const s = tableSettings(readSettings(st.settings, r), r, partial ? 'TABLE_PARTIAL' : 'TABLE');
  if (!q) return;
  const body = tableBody({ schema: q.schema, name: q.name, partial, ...(alias ? { alias } : {}) }, st, r, doc.refs, intern);
  // Every field present, absent ones undefined: one object layout for all tables (see column()).
  const t: DbmlTable = {
    schema: q.schema,
    name: q.name,
    alias: alias || undefined,
    headercolor: s.headercolor,
    settingNote: s.note,
    note: body.note,
    custom: s.custom.length > 0 ? s.custom : NONE,
    items: body.items,
    itemSpans: body.itemSpans,
    indexes: body.indexes,
    checks: body.checks,
    records: body.records,
    span: { start: st.start, end: st.end },
    nameSpan: { start: nameE.start, end: (aliasE ?? nameE).end },
    subAt: body.subAt,
  };
  (partial ? doc.partials : doc.tables).push(t);
}

function enumElement(st: Statement, r: Reporter, doc: Mutable): void {
  const nameE = st.parts[1];
  if (!nameE) {
    r.error('validate', 'NAME_NOT_FOUND', 'An Enum must have a name', st.parts[0]!);
    return;
  }
  if (st.parts.length > 2) r.error('validate', 'UNEXPECTED_ALIAS', "An Enum shouldn't have an alias", spanOf(st.parts.slice(2)));
  if (st.settings) r.error('validate', 'UNEXPECTED_SETTINGS', "An Enum shouldn't have a setting list", st.settings);
  if (!requireBlock(st, r, 'An Enum')) return;
  const q = qualified(nameE, r, 'An Enum');
  const values: { name: string; note?: string; renamedFrom?: string; at?: { start: number; end: number } }[] = [];
  for (const m of st.block!.members) {
    const v = m.parts[0]!;
    if (v.kind !== 'ident') {
      r.error('validate', 'INVALID_ENUM_ELEMENT_NAME', 'An enum field must be an identifier or a quoted identifier', v);
      continue;
    }
    if (m.parts.length > 1 || m.block || m.simple) {
      for (const extra of m.parts.slice(1)) r.error('validate', 'INVALID_ENUM_ELEMENT', 'An Enum must have only a field and optionally a setting list', extra);
      if (m.parts.length > 1) continue;
    }
    let note: string | undefined;
    let renamedFrom: string | undefined;
    for (const s of uniqueSettings(readSettings(m.settings, r), r, 'DUPLICATE_ENUM_ELEMENT_SETTING')) {
      if (s.key === RENAMED_FROM) {
        // gen's extension (upstream has no enum value settings besides note): a declared rename.
        renamedFrom = stringOf(single(s));
        if (renamedFrom === undefined) r.error('validate', 'INVALID_ENUM_ELEMENT_SETTING', "'renamed_from' must be a string", s.span);
      } else if (s.key !== 'note') r.error('validate', 'UNKNOWN_ENUM_ELEMENT_SETTING', `Unknown enum field setting '${s.key}'`, s.span);
      else {
        note = noteOf(single(s));
        if (note === undefined) r.error('validate', 'INVALID_ENUM_ELEMENT_SETTING', "'note' must be a string", s.span);
      }
    }
    if (values.some((x) => x.name === v.name)) continue;
    values.push({ name: v.name, ...(note !== undefined ? { note } : {}), ...(renamedFrom !== undefined ? { renamedFrom } : {}), at: { start: m.start, end: m.end } });
  }
  const named = st.block!.members.map((m) => m.parts[0]!).filter((p) => p.kind === 'ident');
  reportRepeats(
    named,
    (p) => (p.kind === 'ident' ? p.name : ''),
    (p) => r.error('validate', 'DUPLICATE_COLUMN_NAME', `Duplicate enum field '${p.kind === 'ident' ? p.name : ''}'`, p),
  );
  if (st.block!.members.length === 0) {
    r.error('validate', 'EMPTY_ENUM', 'An Enum must have at least one element', st);
    return;
  }
  if (q) doc.enums.push({ ...q, values, at: { start: st.start, end: st.end }, nameAt: { start: nameE.start, end: nameE.end } });
}

function groupElement(st: Statement, r: Reporter, doc: Mutable): void {
  const nameE = st.parts[1];
  const p = nameParts(nameE);
  if (!nameE || !p || p.length !== 1 || st.parts.length > 2) {
    r.error('validate', 'INVALID_NAME', 'A TableGroup name must be a single identifier', nameE ?? st.parts[0]!);
    return;
  }
  if (!requireBlock(st, r, 'A TableGroup')) return;
  const s = tableSettings(readSettings(st.settings, r), r, 'TABLEGROUP');
  const tables: { schema: string; name: string; span: { start: number; end: number } }[] = [];
  let note: string | undefined;
  const noteCount = st.block!.members.filter((m) => isKeyword(m.parts[0], 'note') && (m.simple || m.block) && m.parts.length === 1).length;
  for (const m of st.block!.members) {
    const first = m.parts[0]!;
    if (isKeyword(first, 'note') && (m.simple || m.block) && m.parts.length === 1) {
      if (noteCount > 1) r.error('validate', 'NOTE_REDEFINED', 'Duplicate notes are defined', m);
      const n = m.simple ? noteOf(m.simple.parts[0] as Expr | undefined) : noteBlock(m, r);
      if (n !== undefined) note = n;
      continue;
    }
    if (m.parts.length > 1) {
      for (const extra of m.parts.slice(1)) r.error('validate', 'INVALID_TABLEGROUP_FIELD', 'A TableGroup field should only have a single Table name', extra);
      continue;
    }
    const tp = nameParts(first);
    if (!tp || tp.length > 2 || m.settings || m.block || m.simple) {
      r.error('validate', 'INVALID_TABLEGROUP_FIELD', 'A TableGroup field must be of the form <table> or <schema>.<table>', m);
      continue;
    }
    const span = { start: first.start, end: first.end }; // a copy: the document must not hold syntax
    tables.push(tp.length === 2 ? { schema: tp[0]!, name: tp[1]!, span } : { schema: '', name: tp[0]!, span });
  }
  doc.groups.push({
    name: p[0]!,
    tables,
    custom: s.custom,
    at: { start: st.start, end: st.end },
    ...(s.headercolor ? { color: s.headercolor } : {}),
    ...(s.note !== undefined ? { settingNote: s.note } : {}),
    ...(note !== undefined ? { note } : {}),
  });
}

function stickyNote(st: Statement, r: Reporter, doc: Mutable): void {
  const nameE = st.parts[1];
  if (!nameE) {
    r.error('validate', st.simple ? 'INVALID_NOTE_CONTEXT' : 'NAME_NOT_FOUND', st.simple ? 'A Note can only appear inside a Table, a TableGroup, a TablePartial or a Project' : 'Sticky note must have a name', st);
    return;
  }
  if (!st.block) {
    r.error('validate', 'INVALID_NOTE', 'Invalid note syntax', st);
    return;
  }
  const q = qualified(nameE, r, 'A Note');
  let color: string | undefined;
  for (const s of readSettings(st.settings, r)) {
    if (s.key !== 'color') r.error('validate', 'UNKNOWN_NOTE_SETTING', `Unknown note setting '${s.key}'`, s.span);
    else {
      const v = single(s);
      color = isKeyword(v, 'none') ? 'none' : colorOf(v);
      if (!color) r.error('validate', 'INVALID_NOTE_SETTING_VALUE', "'color' must be a color literal", s.span);
    }
  }
  const content = noteBlock(st, r);
  if (q && content !== undefined) doc.stickyNotes.push({ ...q, content, ...(color ? { color } : {}), at: { start: st.start, end: st.end } });
}

function projectElement(st: Statement, r: Reporter, doc: Mutable): void {
  if (doc.project) r.error('validate', 'PROJECT_REDEFINED', 'Only one project can exist', st);
  const nameE = st.parts[1];
  const np = nameParts(nameE);
  if (nameE && np?.length !== 1) r.error('validate', 'INVALID_NAME', 'A Project name must be a single identifier or a quoted identifier', nameE);
  if (st.settings) r.error('validate', 'UNEXPECTED_SETTINGS', "A Project shouldn't have a setting list", st.settings);
  if (!requireBlock(st, r, 'A Project')) return;
  const fields: [string, string][] = [];
  let note: string | undefined;
  for (const m of st.block!.members) {
    const first = m.parts[0]!;
    const kw = first.kind === 'ident' && !first.quoted ? first.name.toLowerCase() : '';
    if (kw === 'note' && m.parts.length === 1 && (m.simple || m.block)) {
      if (note !== undefined) r.error('validate', 'NOTE_REDEFINED', 'Duplicate notes are defined', m);
      const n = m.simple ? noteOf(m.simple.parts[0] as Expr | undefined) : noteBlock(m, r);
      if (n !== undefined) note = n;
      continue;
    }
    if (m.simple && m.parts.length === 1 && first.kind === 'ident') {
      const v = m.simple.parts.length === 1 ? stringOf(m.simple.parts[0] as Expr) : undefined;
      if (v === undefined) r.error('validate', 'INVALID_CUSTOM_ELEMENT_VALUE', 'A Custom element value can only be a string', m.simple);
      else fields.push([first.name.toLowerCase(), v]);
      continue;
    }
    const inner = first.kind === 'ident' ? first.name.toLowerCase() : '';
    const label = inner === 'table' ? 'Table must appear top-level' : inner === 'enum' ? 'An Enum can only appear top-level' : inner === 'ref' ? 'A Ref must appear top-level' : 'A Project can only contain custom fields and a Note';
    r.error('validate', inner === 'table' ? 'INVALID_TABLE_CONTEXT' : inner === 'enum' ? 'INVALID_ENUM_CONTEXT' : inner === 'ref' ? 'INVALID_REF_CONTEXT' : 'INVALID_PROJECT_FIELD', label, m);
  }
  doc.project = { ...(np?.length === 1 ? { name: np[0]! } : {}), fields, ...(note !== undefined ? { note } : {}), at: { start: st.start, end: st.end } };
}

function topRecords(st: Statement, r: Reporter, doc: Mutable): void {
  const target = st.parts[1];
  if (target?.kind !== 'call' || st.parts.length > 2 || !st.block) {
    r.error('validate', 'INVALID_RECORDS_NAME', 'Records at top-level must have a name in the form of table(col1, col2, ...) or schema.table(col1, col2, ...)', target ?? st.parts[0]!);
    return;
  }
  const tp = nameParts(target.callee);
  const cols = target.args.map((a) => nameParts(a));
  if (!tp || tp.length > 2 || cols.some((c) => c?.length !== 1)) {
    r.error('validate', 'INVALID_RECORDS_NAME', 'Records at top-level must have a name in the form of table(col1, col2, ...) or schema.table(col1, col2, ...)', target);
    return;
  }
  doc.records.push({
    schema: tp.length === 2 ? tp[0]! : '',
    table: tp[tp.length - 1]!,
    span: { start: target.start, end: target.end },
    at: { start: st.start, end: st.end },
    records: { columns: cols.map((c) => c![0]!), rows: recordRows(st, r) },
  });
}

function diagramView(st: Statement, r: Reporter, doc: Mutable): void {
  const nameE = st.parts[1];
  const p = nameParts(nameE);
  if (!nameE || !p || p.length !== 1) {
    r.error('validate', 'INVALID_DIAGRAMVIEW_NAME', 'A DiagramView name must be a single identifier', nameE ?? st.parts[0]!);
    return;
  }
  if (!requireBlock(st, r, 'A DiagramView')) return;
  let all = false;
  const blocks: { kind: string; names: string[] }[] = [];
  for (const m of st.block!.members) {
    const first = m.parts[0]!;
    if (first.kind === 'star' && m.parts.length === 1) {
      all = true;
      continue;
    }
    const kind = first.kind === 'ident' ? first.name.toLowerCase() : '';
    if (!['tables', 'notes', 'tablegroups', 'schemas'].includes(kind) || !m.block) {
      r.error('validate', 'INVALID_DIAGRAMVIEW_FIELD', `Unknown block type '${first.kind === 'ident' ? first.name : '?'}'`, m);
      continue;
    }
    const names: string[] = [];
    for (const line of m.block.members) {
      const e = line.parts[0]!;
      if (e.kind === 'star') names.push('*');
      else {
        const np = nameParts(e);
        if (!np) r.error('validate', 'INVALID_DIAGRAMVIEW_FIELD', 'A DiagramView field must be a name or *', line);
        else names.push(np.join('.'));
      }
    }
    blocks.push({ kind, names });
  }
  doc.views.push({ name: p[0]!, all, blocks, at: { start: st.start, end: st.end } });
}

export { customSetting };
