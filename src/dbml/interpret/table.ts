/** Interpreting a Table or TablePartial: header, columns, injections, indexes, checks, notes, records. */
import type { ColumnItem, DbmlCheck, DbmlColumn, DbmlIndex, DbmlIndexPart, DbmlRecords, DbmlRef, DbmlTable, DbmlTableItem, DbmlValue } from '../document.js';
import type { Reporter } from '../diagnostics.js';
import { type Setting, colorOf, isKeyword, nameParts, noteOf, readSettings, single, spanOf, stringOf, uniqueSettings } from './context.js';
import { type Interner, endpointOf, isRelationOp, recordValueOf } from './values.js';
import { NONE, fit } from '../lists.js';
import type { Expr, Part, Statement } from '../parse/syntax.js';

type Custom = [string, string][];

/** Header settings shared by Table and TablePartial. */
export function tableSettings(settings: Setting[], r: Reporter, what: 'TABLE' | 'TABLE_PARTIAL' | 'TABLEGROUP') {
  let headercolor: string | undefined;
  let note: string | undefined;
  const custom: Custom = [];
  const colorKey = what === 'TABLEGROUP' ? 'color' : 'headercolor';
  // Upstream reports a TableGroup's duplicate settings with the Table code.
  for (const s of uniqueSettings(settings, r, `DUPLICATE_${what === 'TABLEGROUP' ? 'TABLE' : what}_SETTING`)) {
    const v = single(s);
    if (s.key === colorKey) {
      const c = colorOf(v);
      if (!c) r.error('validate', `INVALID_${what}_SETTING_VALUE`, `'${s.key}' must be a color literal`, s.span);
      else headercolor = c;
    } else if (s.key === 'note') {
      const n = noteOf(v);
      if (n === undefined) r.error('validate', `INVALID_${what}_SETTING_VALUE`, `'note' must be a string literal`, s.span);
      else note = n;
    } else customSetting(s, r, custom, `UNKNOWN_${what}_SETTING`);
  }
  return { headercolor, note, custom };
}

/** npm >= 9.1 custom metadata: an unknown key with a string or colour value. */
export function customSetting(s: Setting, r: Reporter, custom: Custom, code: string): void {
  const v = single(s);
  const str = stringOf(v) ?? (v?.kind === 'color' ? v.value : undefined);
  if (str === undefined) {
    r.error('validate', code, s.value ? `Custom setting '${s.key}' must be a string or a color literal` : `Unknown '${s.key}' setting`, s.span);
    return;
  }
  custom.push([s.key, str]);
}

/** Interprets the body of a table or partial. Inline refs are appended to `refs`. */
export function tableBody(
  head: { schema: string; name: string; alias?: string; partial: boolean },
  st: Statement,
  r: Reporter,
  refs: DbmlRef[],
  intern: Interner,
): Pick<DbmlTable, 'items' | 'itemSpans' | 'indexes' | 'checks' | 'records' | 'note' | 'subAt'> {
  const subAt: Record<'indexes' | 'checks' | 'note' | 'records', number | undefined> = { indexes: undefined, checks: undefined, note: undefined, records: undefined };
  const items: DbmlTableItem[] = [];
  const itemSpans: number[] = [];
  const indexes: DbmlIndex[] = [];
  const checks: DbmlCheck[] = [];
  let note: string | undefined;
  let records: DbmlRecords | undefined;
  const elementName = head.partial ? 'TablePartial' : 'Table';
  const members = st.block?.members ?? [];
  const isNote = (m: Statement) => m.parts.length === 1 && isKeyword(m.parts[0], 'note') && (m.simple !== undefined || m.block !== undefined);
  const notes = members.filter(isNote);
  if (notes.length > 1) for (const n of notes) r.error('validate', 'NOTE_REDEFINED', 'Duplicate notes are defined', n);
  for (const m of members) {
    if (m.column) {
      items.push(m.column);
      itemSpans.push(m.start, m.end);
      continue;
    }
    const first = m.parts[0]!;
    const kw = first.kind === 'ident' && !first.quoted ? first.name.toLowerCase() : first.kind === 'call' && first.callee.kind === 'ident' ? first.callee.name.toLowerCase() : '';
    if (m.simple && m.parts.length === 1 && first.kind === 'ident') {
      if (kw === 'note') {
        subAt.note = m.start;
        const n = noteOf(m.simple.parts[0] as Expr | undefined);
        if (n === undefined || m.simple.parts.length !== 1) r.error('validate', 'INVALID_NOTE', "A Note's content must be a string literal", m.simple);
        else note = n;
      } else if (!contextError(kw, m, r)) {
        r.error('validate', 'INVALID_CUSTOM_CONTEXT', 'A Custom element can only appear in a Project', m);
      }
      continue;
    }
    if ((m.block || m.simple) && m.parts.length <= 2 && contextError(kw, m, r)) continue;
    if (m.block && m.parts.length === 1 && (kw === 'indexes' || kw === 'checks' || kw === 'note' || kw === 'records')) {
      if (m.settings && kw !== 'records') r.error('validate', 'UNEXPECTED_SETTINGS', `${kw === 'note' ? 'A Note' : kw === 'indexes' ? 'An Indexes' : 'A Checks'} shouldn't have a setting list`, m.settings);
      if (kw === 'indexes' || kw === 'checks' || kw === 'note' || kw === 'records') subAt[kw] ??= m.start;
      if (kw === 'indexes') indexes.push(...indexBlock(m, r, intern));
      else if (kw === 'checks') checks.push(...checkBlock(m, r));
      else if (kw === 'note') {
        const n = noteBlock(m, r);
        if (n !== undefined) note = n;
      } else {
        if (head.partial) {
          r.error('validate', 'INVALID_RECORDS_CONTEXT', 'Records can only appear at top-level or inside a Table', m);
          continue;
        }
        if (records) r.error('validate', 'DUPLICATE_RECORDS_FOR_TABLE', `Duplicate Records blocks for the same Table '${head.name}'`, m);
        const cols = first.kind === 'call' ? columnList(first.args, r) : undefined;
        records = { ...(cols ? { columns: cols } : {}), rows: recordRows(m, r) };
      }
      continue;
    }
    if (first.kind === 'prefix' && first.op === '~') {
      const p = nameParts(first.operand);
      if (p?.length !== 1) r.error('validate', 'INVALID_TABLE_PARTIAL_INJECTION', 'A partial injection should be of the form ~<partial name>', first);
      else if (m.parts.length > 1 || m.settings || m.block) r.error('validate', 'INVALID_TABLE_PARTIAL_INJECTION', 'A partial injection does not have any trailing attributes', spanOf(m.parts.slice(1)));
      else {
        items.push({ kind: 'inject', name: p[0]! });
        itemSpans.push(first.start, first.end);
      }
      continue;
    }
    const seen = r.diagnostics.length;
    const inlineRefs = refs.length;
    const col = column(m, r, head, refs, elementName, intern);
    if (!col) continue;
    items.push(col);
    itemSpans.push(m.start, m.end);
    if (r.diagnostics.length === seen && refs.length === inlineRefs) intern.lines.remember(m, col);
  }
  return { items: fit(items), itemSpans: fit(itemSpans), indexes: fit(indexes), checks: fit(checks), subAt, ...(records ? { records } : {}), ...(note !== undefined ? { note } : {}) };
}

/** Elements that must be top-level, by keyword: their code and message when written inside a
 * table. */
const TOP_LEVEL_ONLY: Readonly<Record<string, readonly [string, string]>> = {
  ref: ['INVALID_REF_CONTEXT', 'A Ref must appear top-level'],
  table: ['INVALID_TABLE_CONTEXT', 'Table must appear top-level'],
  enum: ['INVALID_ENUM_CONTEXT', 'An Enum can only appear top-level'],
  tablegroup: ['INVALID_TABLEGROUP_CONTEXT', 'A TableGroup can only appear top-level'],
  tablepartial: ['INVALID_TABLE_PARTIAL_CONTEXT', 'A TablePartial can only appear top-level'],
  project: ['INVALID_PROJECT_CONTEXT', 'A Project can only appear top-level'],
};

/** Reports an element that must be top-level, written inside a table. */
function contextError(kw: string, m: Statement, r: Reporter): boolean {
  const hit = Object.hasOwn(TOP_LEVEL_ONLY, kw) ? TOP_LEVEL_ONLY[kw] : undefined;
  if (!hit) return false;
  r.error('validate', hit[0], hit[1], m);
  return true;
}

function noteBlock(m: Statement, r: Reporter): string | undefined {
  const members = m.block?.members ?? [];
  if (members.length !== 1 || members[0]!.parts.length !== 1) {
    r.error('validate', members.length === 0 ? 'EMPTY_NOTE' : 'INVALID_NOTE', members.length === 0 ? 'A Note must have a content' : 'A Note can only contain one string', m);
    return undefined;
  }
  const n = noteOf(members[0]!.parts[0] as Expr);
  if (n === undefined) r.error('validate', 'INVALID_NOTE', "A Note's content must be a string literal", members[0]!);
  return n;
}

export { noteBlock };

function columnList(args: readonly Expr[], r: Reporter): string[] | undefined {
  const out: string[] = [];
  for (const a of args) {
    const p = nameParts(a);
    if (p?.length !== 1) {
      r.error('validate', 'INVALID_RECORDS_NAME', 'Records column list must contain column names', a);
      return undefined;
    }
    out.push(p[0]!);
  }
  return out;
}

/** Rows of a records block: comma-separated values, one row per line, empty fields allowed. */
export function recordRows(m: Statement, r: Reporter): DbmlValue[][] {
  const rows: DbmlValue[][] = [];
  for (const row of m.block?.members ?? []) {
    const values: DbmlValue[] = [];
    let pending: Expr | undefined;
    let sawValue = false;
    for (const p of row.parts) {
      if (p.kind === 'comma') {
        values.push(recordValueOf(pending)!);
        pending = undefined;
        sawValue = false;
        continue;
      }
      if (sawValue) r.error('validate', 'INVALID_RECORDS_FIELD', 'Expect a comma between record values', p);
      sawValue = true;
      pending = p;
      const v = recordValueOf(p);
      if (!v) r.error('validate', 'INVALID_RECORDS_FIELD', 'Records can only contain simple values (numbers, strings, booleans, null, enum members or `expressions`)', p);
    }
    values.push(recordValueOf(pending) ?? { kind: 'empty' });
    if (row.settings || row.block || row.simple) r.error('validate', 'INVALID_RECORDS_FIELD', 'Records can only contain simple values (numbers, strings, booleans, null, enum members or `expressions`)', row);
    rows.push(values);
  }
  return rows;
}

const ACTIONS = new Set(['cascade', 'restrict', 'set null', 'set default', 'no action']);

function column(m: Statement, r: Reporter, head: { schema: string; name: string }, refs: DbmlRef[], elementName: string, intern: Interner): ColumnItem | undefined {
  // (Indexed, not destructured: a rest pattern builds an array through the iterator protocol,
  // once per column.)
  const nameE = m.parts[0];
  const typeE = m.parts[1];
  if (m.block) r.error('validate', 'INVALID_COLUMN', 'A column should not have a body', m.block);
  if (m.simple) r.error('validate', 'INVALID_COLUMN', 'A column should not have a simple body', m.simple.colon);
  let ok = true;
  if (!typeE) r.error('validate', 'INVALID_COLUMN', 'A column must have a type', m);
  if (nameE?.kind !== 'ident') {
    r.error('validate', 'INVALID_COLUMN_NAME', 'A column name must be an identifier or a quoted identifier', nameE ?? m);
    ok = false;
  }
  if (!typeE) return undefined;
  const type = typeE.kind === 'comma' ? undefined : intern.type(typeE);
  if (!type) {
    r.error('validate', 'INVALID_COLUMN_TYPE', 'Invalid column type', typeE);
    ok = false;
  }
  let pk = false;
  let unique = false;
  for (let i = 2; i < m.parts.length; i++) {
    const p = m.parts[i]!;
    if (isKeyword(p, 'pk')) pk = true;
    else if (isKeyword(p, 'unique')) unique = true;
    else if (p.kind === 'ident' && !p.quoted) {
      r.error('validate', 'INVALID_COLUMN', 'These fields must be some inline settings optionally ended with a setting list', p);
      ok = false;
    } else {
      r.error('validate', 'INVALID_COLUMN', 'These fields must be some inline settings optionally ended with a setting list', p);
      ok = false;
    }
  }
  const colName = nameE && nameE.kind === 'ident' ? intern.name(nameE.name) : '';
  const col = columnSettings(readSettings(m.settings, r), r, head, colName, elementName, refs, intern);
  if (!ok || !type) return undefined;
  // Every field present, absent ones undefined: all columns share one object layout (no spreads,
  // no properties added later, which would move them out of the object).
  const out: { kind: 'column' } & DbmlColumn = {
    kind: 'column',
    name: colName,
    type,
    pk: pk || col.pk,
    unique: unique || col.unique,
    notNull: col.notNull,
    increment: col.increment,
    default: col.default,
    note: col.note,
    checks: col.checks ? fit(col.checks) : NONE,
    custom: col.custom ? fit(col.custom) : NONE,
  };
  return out;
}

/** False (and reported) when a flag setting such as `pk` was given a value. */
function noValue(s: Setting, r: Reporter): boolean {
  if (s.value) {
    r.error('validate', 'INVALID_COLUMN_SETTING_VALUE', `'${s.key}' must not have a value`, s.span);
    return false;
  }
  return true;
}

/** Settings that may repeat on a column. */
const REPEATABLE_COLUMN_SETTINGS: readonly string[] = ['ref', 'check'];

function columnSettings(settings: Setting[], r: Reporter, owner: { schema: string; name: string }, column: string, elementName: string, refs: DbmlRef[], intern: Interner) {
  const seen = (key: string) => settings.some((s) => s.key === key);
  let pk = false;
  let unique = false;
  let notNull: boolean | undefined;
  let increment = false;
  let def: DbmlColumn['default'];
  let note: string | undefined;
  // Created on first use: most columns have neither.
  let checks: string[] | undefined;
  let custom: Custom | undefined;
  for (const s of uniqueSettings(settings, r, 'DUPLICATE_COLUMN_SETTING', REPEATABLE_COLUMN_SETTINGS)) {
    switch (s.key) {
      case 'pk':
      case 'primary key':
        if (!noValue(s, r)) break;
        if (seen('pk') && seen('primary key')) r.error('validate', 'DUPLICATE_COLUMN_SETTING', "Either one of 'primary key' and 'pk' can appear", s.span);
        pk = true;
        break;
      case 'null':
      case 'not null':
        if (!noValue(s, r)) break;
        if (seen('null') && seen('not null')) {
          r.error('validate', 'CONFLICTING_SETTING', "'not null' and 'null' can not be set at the same time", s.span);
          break;
        }
        notNull = s.key === 'not null';
        break;
      case 'unique':
        if (noValue(s, r)) unique = true;
        break;
      case 'increment':
        if (noValue(s, r)) increment = true;
        break;
      case 'default': {
        const d = intern.default(single(s));
        if (!d) r.error('validate', 'INVALID_COLUMN_SETTING_VALUE', "'default' must be an enum value, a string literal, number literal, function expression, true, false or null", s.span);
        else def = d;
        break;
      }
      case 'note': {
        const n = noteOf(single(s));
        if (n === undefined) r.error('validate', 'INVALID_COLUMN_SETTING_VALUE', "'note' must be a string literal", s.span);
        else note = n;
        break;
      }
      case 'check': {
        const v = single(s);
        if (v?.kind !== 'backtick') r.error('validate', 'INVALID_COLUMN_SETTING_VALUE', "'check' must be a function expression", s.span);
        else (checks ??= []).push(v.value);
        break;
      }
      case 'ref': {
        const v = single(s);
        const ref = v?.kind === 'prefix' && isRelationOp(v.op) ? endpointOf(v.operand, { schema: owner.schema, table: owner.name }, intern) : 'invalid';
        if (v?.kind !== 'prefix' || ref === 'invalid') {
          r.error('validate', 'INVALID_COLUMN_SETTING_VALUE', "'ref' must be a valid unary relationship", s.span);
          break;
        }
        if (ref.columns.length !== 1) {
          r.error('validate', 'INVALID_COLUMN_SETTING_VALUE', "'ref' must be a valid unary relationship", s.span);
          break;
        }
        const left = { schema: owner.schema, table: owner.name, columns: intern.list([column]) };
        const span = { start: s.span.start, end: s.span.end };
        refs.push(elementName === 'TablePartial' ? { left, right: ref, op: v.op, inactive: false, inline: true, span, partial: true } : { left, right: ref, op: v.op, inactive: false, inline: true, span });
        break;
      }
      default:
        customSetting(s, r, (custom ??= []), 'UNKNOWN_COLUMN_SETTING');
        if (!s.value) {
          r.diagnostics.pop();
          r.error('validate', 'UNKNOWN_COLUMN_SETTING', `Unknown column setting '${s.key}'`, s.span);
        }
    }
  }
  return { pk, unique, notNull, increment, default: def, note, checks, custom };
}

function indexBlock(m: Statement, r: Reporter, intern: Interner): DbmlIndex[] {
  const out: DbmlIndex[] = [];
  for (const line of m.block?.members ?? []) {
    const parts: DbmlIndexPart[] = [];
    let ok = !line.block && !line.simple;
    const addField = (e: Part): void => {
      if (e.kind === 'backtick') parts.push({ kind: 'expression', value: e.value });
      else if (e.kind === 'ident') parts.push({ kind: 'column', name: intern.name(e.name) });
      else if (e.kind === 'tuple') for (const it of e.items) addField(it);
      else ok = false;
    };
    for (const p of line.parts) {
      if (p.kind === 'tuple') {
        for (const it of p.items) {
          if (it.kind === 'tuple') ok = false;
          else addField(it);
        }
      } else addField(p);
    }
    if (!ok || parts.length === 0) {
      r.error('validate', 'INVALID_INDEXES_FIELD', 'An index field must be an identifier, a quoted identifier, a functional expression or a tuple of such', line);
      continue;
    }
    const idx: { pk: boolean; unique: boolean; name?: string; type?: string; note?: string } = { pk: false, unique: false };
    for (const s of uniqueSettings(readSettings(line.settings, r), r, 'DUPLICATE_INDEX_SETTING')) {
      const v = single(s);
      switch (s.key) {
        case 'pk':
        case 'unique':
          if (s.value) r.error('validate', 'INVALID_INDEX_SETTING_VALUE', `'${s.key}' must not have a value`, s.span);
          else idx[s.key] = true;
          break;
        case 'name':
        case 'note': {
          const str = s.key === 'note' ? noteOf(v) : stringOf(v);
          if (str === undefined) r.error('validate', 'INVALID_INDEX_SETTING_VALUE', `'${s.key}' must be a string`, s.span);
          else idx[s.key] = str;
          break;
        }
        case 'type':
          if (v?.kind !== 'ident') r.error('validate', 'INVALID_INDEX_SETTING_VALUE', '\'type\' must be "btree" or "hash"', s.span);
          else idx.type = v.name;
          break;
        default:
          r.error('validate', 'UNKNOWN_INDEX_SETTING', `Unknown index setting '${s.key}'`, s.span);
      }
    }
    out.push({ parts: intern.indexParts(parts), pk: idx.pk, unique: idx.unique, name: idx.name, type: idx.type, note: idx.note, start: line.start, end: line.end });
  }
  return out;
}

function checkBlock(m: Statement, r: Reporter): DbmlCheck[] {
  const out: DbmlCheck[] = [];
  for (const line of m.block?.members ?? []) {
    const e = line.parts[0]!;
    if (line.parts.length !== 1 || e.kind !== 'backtick' || line.block || line.simple) {
      r.error('validate', 'INVALID_CHECKS_FIELD', 'A check field must be a function expression', line);
      continue;
    }
    let name: string | undefined;
    for (const s of readSettings(line.settings, r)) {
      if (s.key !== 'name') r.error('validate', 'UNKNOWN_CHECK_SETTING', `Unknown check setting '${s.key}'`, s.span);
      else if (name !== undefined) r.error('validate', 'DUPLICATE_CHECK_SETTING', "'name' can only appear once", s.span);
      else {
        const str = stringOf(single(s));
        if (str === undefined) r.error('validate', 'INVALID_CHECK_SETTING_VALUE', "'name' must be a string", s.span);
        else name = str;
      }
    }
    out.push({ expression: e.value, ...(name !== undefined ? { name } : {}), at: { start: line.start, end: line.end } });
  }
  return out;
}

export { ACTIONS };
