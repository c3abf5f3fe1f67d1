/** The printer: a `DbmlDocument` as canonical DBML. Declaration order is kept; spacing, quoting,
 * setting order and string escapes are canonical, so printing is idempotent. */
import { printable } from '../../model/identifiers.js';
import type { CommentMap } from '../parse/comments.js';
import type { DbmlColumn, DbmlDefault, DbmlDocument, DbmlEndpoint, DbmlIndex, DbmlRecords, DbmlRef, DbmlTable, DbmlType, DbmlValue } from '../document.js';

// What a DBML string or quoted name cannot hold raw: its quote and the backslash, line breaks
// (a raw one is an error), other controls, U+2028/U+2029 and bidi overrides (shown as escapes).
const ESCAPED = /[\\'"\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/** `text` between `quote`s, every character DBML would read otherwise escaped. */
function quoted(text: string, quote: "'" | '"'): string {
  const body = text.replace(ESCAPED, (ch) => (ch === "'" || ch === '"' ? (ch === quote ? `\\${ch}` : ch) : (SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)));
  return `${quote}${body}${quote}`;
}

/** A DBML name: bare when it lexes as one identifier, else double-quoted with escapes. */
export function dbmlName(n: string): string {
  return /^[\p{L}\p{M}_][\p{L}\p{M}_0-9]*$/u.test(n) ? n : quoted(n, '"');
}

// A `'''` block keeps its text raw: only line breaks, tabs and printable characters may be in it.
const BLOCK_UNSAFE = /[\\\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** A DBML string literal. Multi-line text whose dedent is itself is printed as `'''` block. */
export function dbmlString(s: string): string {
  const lines = s.split('\n');
  const dedentSafe = lines.length > 1 && lines[0]!.trim() !== '' && !s.includes("'''") && !BLOCK_UNSAFE.test(s.replace(/\n/g, '')) && !s.endsWith("'") && lines.some((l) => l.trim() !== '' && !/^[ \t]/.test(l));
  if (dedentSafe) return `'''${s}'''`;
  return quoted(s, "'");
}

/** One `//` comment line holding `text`, which can neither end it nor add a line. */
export function dbmlComment(text: string): string {
  return `// ${printable(text)}`;
}

/** A custom setting's value: bare when it lexes as a colour literal, else a string. */
function customValue(v: string): string {
  return /^#[\p{L}\p{N}_]*$/u.test(v) ? v : dbmlString(v);
}

function qualified(schema: string, name: string): string {
  return schema === 'public' || schema === '' ? dbmlName(name) : `${dbmlName(schema)}.${dbmlName(name)}`;
}

function typeText(t: DbmlType): string {
  const args =
    t.args === undefined
      ? ''
      : `(${t.args
          .split(',')
          .map((a) => (/^[-+]?[\w.]+$/u.test(a) ? a : dbmlString(a)))
          .join(', ')})`;
  return `${t.schema !== undefined ? `${dbmlName(t.schema)}.` : ''}${dbmlName(t.name)}${args}${t.arrays.map((a) => `[${a}]`).join('')}`;
}

function valueText(d: DbmlValue | DbmlDefault): string {
  switch (d.kind) {
    case 'string':
      return dbmlString(d.value);
    case 'number':
      return d.raw;
    case 'boolean':
      return String(d.value);
    case 'null':
      return 'null';
    case 'expression':
      return `\`${d.value}\``;
    case 'enum':
      return `${d.schema !== undefined ? `${dbmlName(d.schema)}.` : ''}${dbmlName(d.enumName)}.${dbmlName(d.value)}`;
    case 'empty':
      return '';
  }
}

/** A reference to a table: `''` means unqualified (aliases allowed), `public` stays explicit. */
function reference(schema: string, name: string): string {
  return schema === '' ? dbmlName(name) : `${dbmlName(schema)}.${dbmlName(name)}`;
}

function endpoint(e: DbmlEndpoint): string {
  const t = reference(e.schema, e.table);
  return e.columns.length === 1 ? `${t}.${dbmlName(e.columns[0]!)}` : `${t}.(${e.columns.map(dbmlName).join(', ')})`;
}

function settings(list: (string | undefined)[]): string {
  const s = list.filter((x): x is string => x !== undefined);
  return s.length ? ` [${s.join(', ')}]` : '';
}

function refSettings(r: DbmlRef): string[] {
  return [r.onDelete ? `delete: ${r.onDelete}` : undefined, r.onUpdate ? `update: ${r.onUpdate}` : undefined, r.color ? `color: ${r.color}` : undefined, r.inactive ? 'inactive' : undefined].filter((x): x is string => x !== undefined);
}

function columnLine(c: DbmlColumn, inline: readonly DbmlRef[]): string {
  return `  ${dbmlName(c.name)} ${typeText(c.type)}${settings([
    c.pk ? 'pk' : undefined,
    c.increment ? 'increment' : undefined,
    c.notNull === true ? 'not null' : c.notNull === false ? 'null' : undefined,
    c.unique ? 'unique' : undefined,
    c.default ? `default: ${valueText(c.default)}` : undefined,
    ...c.checks.map((e) => `check: \`${e}\``),
    ...inline.map((r) => `ref: ${r.op} ${endpoint(r.right)}`),
    c.note !== undefined ? `note: ${dbmlString(c.note)}` : undefined,
    ...c.custom.map(([k, v]) => `${k}: ${customValue(v)}`),
  ])}`;
}

function indexLine(ix: DbmlIndex): string {
  const part = (p: DbmlIndex['parts'][number]) => (p.kind === 'column' ? dbmlName(p.name) : `\`${p.value}\``);
  const fields = ix.parts.length === 1 ? part(ix.parts[0]!) : `(${ix.parts.map(part).join(', ')})`;
  return `    ${fields}${settings([
    ix.pk ? 'pk' : undefined,
    ix.unique ? 'unique' : undefined,
    ix.name !== undefined ? `name: ${dbmlString(ix.name)}` : undefined,
    ix.type !== undefined ? `type: ${ix.type}` : undefined,
    ix.note !== undefined ? `note: ${dbmlString(ix.note)}` : undefined,
  ])}`;
}

function recordsBlock(rec: DbmlRecords, head: string, indent: string): string[] {
  const cols = rec.columns ? `(${rec.columns.map(dbmlName).join(', ')})` : '';
  return [`${indent}${head}${cols && head === 'records' ? ' ' : ''}${cols} {`, ...rec.rows.map((row) => `${indent}  ${row.map(valueText).join(', ')}`), `${indent}}`];
}

/** Hands out attached comments while printing and counts the ones it could not place. */
class Comments {
  private printed = 0;
  private readonly map: CommentMap | undefined;
  constructor(source: CommentMap | undefined) {
    // Work on a copy: printing consumes the attached comments.
    this.map = source && {
      byStart: new Map([...source.byStart].map(([k, a]) => [k, { leading: [...a.leading], ...(a.trailing !== undefined ? { trailing: a.trailing } : {}) }])),
      tail: [...source.tail],
      unplaced: source.unplaced,
    };
  }

  /** Own-line comments that precede the node starting at `start`, indented. */
  lead(start: number | undefined, indent: string): string[] {
    const a = start === undefined ? undefined : this.map?.byStart.get(start);
    if (!a || a.leading.length === 0) return [];
    const out = a.leading.flatMap((c) => c.split('\n').map((l, i) => (i === 0 ? `${indent}${l}` : l)));
    this.printed += a.leading.length;
    a.leading.length = 0;
    return out;
  }

  /** The comment that ends the first line of the node starting at `start`. */
  trail(start: number | undefined): string {
    const a = start === undefined ? undefined : this.map?.byStart.get(start);
    if (!a || a.trailing === undefined) return '';
    const t = a.trailing;
    a.trailing = undefined;
    this.printed++;
    return ` ${t}`;
  }

  tail(): string[] {
    if (!this.map) return [];
    this.printed += this.map.tail.length;
    return [...this.map.tail];
  }

  /** How many attached comments were not printed. */
  lost(): number {
    if (!this.map) return 0;
    let n = 0;
    for (const a of this.map.byStart.values()) n += a.leading.length + (a.trailing !== undefined ? 1 : 0);
    return n;
  }
}

function tableBlock(t: DbmlTable, keyword: string, inlineRefs: Map<DbmlColumn | string, DbmlRef[]>, c: Comments): string {
  const head = `${keyword} ${qualified(t.schema, t.name)}${t.alias !== undefined ? ` as ${dbmlName(t.alias)}` : ''}${settings([
    t.headercolor ? `headercolor: ${t.headercolor}` : undefined,
    t.settingNote !== undefined ? `note: ${dbmlString(t.settingNote)}` : undefined,
    ...t.custom.map(([k, v]) => `${k}: ${customValue(v)}`),
  ])} {`;
  const lines = [...c.lead(t.span.start, ''), head + c.trail(t.span.start)];
  for (const [i, it] of t.items.entries()) {
    const start = t.itemSpans[2 * i];
    lines.push(...c.lead(start, '  '));
    if (it.kind === 'inject') lines.push(`  ~${dbmlName(it.name)}${c.trail(start)}`);
    else lines.push(columnLine(it, inlineRefs.get(`${t.schema}\u0000${t.name}\u0000${it.name}`) ?? []) + c.trail(start));
  }
  const sub = t.subAt;
  if (t.indexes.length) {
    lines.push('', ...c.lead(sub?.indexes, '  '), `  indexes {${c.trail(sub?.indexes)}`);
    for (const ix of t.indexes) lines.push(...c.lead(ix.start, '    '), indexLine(ix) + c.trail(ix.start));
    lines.push('  }');
  }
  if (t.checks.length) {
    lines.push('', ...c.lead(sub?.checks, '  '), `  checks {${c.trail(sub?.checks)}`);
    for (const k of t.checks) lines.push(...c.lead(k.at?.start, '    '), `    \`${k.expression}\`${settings([k.name !== undefined ? `name: ${dbmlString(k.name)}` : undefined])}${c.trail(k.at?.start)}`);
    lines.push('  }');
  }
  if (t.note !== undefined) lines.push('', ...c.lead(sub?.note, '  '), `  Note: ${dbmlString(t.note)}${c.trail(sub?.note)}`);
  if (t.records) {
    const rec = recordsBlock(t.records, 'records', '  ');
    rec[0] += c.trail(sub?.records);
    lines.push('', ...c.lead(sub?.records, '  '), ...rec);
  }
  lines.push(...c.lead(t.span.end, '  '), '}');
  return lines.join('\n');
}

/** Prints a document as canonical DBML text (ending in one newline). */
export function printDocument(doc: DbmlDocument): string {
  return printWithComments(doc, undefined).text;
}

/** Prints a document with the source's comments put back; `lost` counts comments that had no
 * place in the printed text (the caller must not write the result then). */
export function printWithComments(doc: DbmlDocument, comments: CommentMap | undefined): { text: string; lost: number } {
  const c = new Comments(comments);
  const blocks: string[] = [];
  for (const u of doc.uses) blocks.push(u.text);
  if (doc.project) {
    const p = doc.project;
    const lines = [...c.lead(p.at?.start, ''), `Project${p.name !== undefined ? ` ${dbmlName(p.name)}` : ''} {${c.trail(p.at?.start)}`, ...p.fields.map(([k, v]) => `  ${dbmlName(k)}: ${dbmlString(v)}`)];
    if (p.note !== undefined) lines.push(`  Note: ${dbmlString(p.note)}`);
    lines.push('}');
    blocks.push(lines.join('\n'));
  }
  for (const e of doc.enums) {
    const lines = [...c.lead(e.at?.start, ''), `Enum ${qualified(e.schema, e.name)} {${c.trail(e.at?.start)}`];
    for (const v of e.values)
      lines.push(
        ...c.lead(v.at?.start, '  '),
        `  ${dbmlName(v.name)}${settings([v.note !== undefined ? `note: ${dbmlString(v.note)}` : undefined, v.renamedFrom !== undefined ? `renamed_from: ${dbmlString(v.renamedFrom)}` : undefined])}${c.trail(v.at?.start)}`,
      );
    lines.push(...c.lead(e.at?.end, '  '), '}');
    blocks.push(lines.join('\n'));
  }
  const inline = new Map<DbmlColumn | string, DbmlRef[]>();
  for (const r of doc.refs) {
    if (!r.inline) continue;
    const k = `${r.left.schema}\u0000${r.left.table}\u0000${r.left.columns[0]}`;
    inline.set(k, [...(inline.get(k) ?? []), r]);
  }
  for (const p of doc.partials) blocks.push(tableBlock(p, 'TablePartial', inline, c));
  for (const t of doc.tables) blocks.push(tableBlock(t, 'Table', inline, c));
  // Standalone refs are one line each and read best as one block.
  const refs = doc.refs
    .filter((r) => !r.inline)
    .flatMap((r) => [...c.lead(r.span.start, ''), `Ref${r.name !== undefined ? ` ${dbmlName(r.name)}` : ''}: ${endpoint(r.left)} ${r.op} ${endpoint(r.right)}${settings(refSettings(r))}${c.trail(r.span.start)}`]);
  if (refs.length) blocks.push(refs.join('\n'));
  for (const g of doc.groups) {
    const lines = [
      ...c.lead(g.at?.start, ''),
      `TableGroup ${dbmlName(g.name)}${settings([g.color ? `color: ${g.color}` : undefined, g.settingNote !== undefined ? `note: ${dbmlString(g.settingNote)}` : undefined, ...g.custom.map(([k, v]) => `${k}: ${customValue(v)}`)])} {${c.trail(g.at?.start)}`,
    ];
    for (const t of g.tables) lines.push(...c.lead(t.span.start, '  '), `  ${reference(t.schema, t.name)}${c.trail(t.span.start)}`);
    if (g.note !== undefined) lines.push(`  Note: ${dbmlString(g.note)}`);
    lines.push('}');
    blocks.push(lines.join('\n'));
  }
  for (const n of doc.stickyNotes) blocks.push([...c.lead(n.at?.start, ''), `Note ${qualified(n.schema, n.name)}${settings([n.color ? `color: ${n.color}` : undefined])} {${c.trail(n.at?.start)}\n  ${dbmlString(n.content)}\n}`].join('\n'));
  for (const v of doc.views) {
    const lines = [...c.lead(v.at?.start, ''), `DiagramView ${dbmlName(v.name)} {${c.trail(v.at?.start)}`];
    if (v.all) lines.push('  *');
    for (const b of v.blocks) lines.push(`  ${b.kind[0]!.toUpperCase()}${b.kind.slice(1).replace('groups', 'Groups')} {`, ...b.names.map((n) => `    ${n === '*' ? '*' : n.split('.').map(dbmlName).join('.')}`), '  }');
    lines.push('}');
    blocks.push(lines.join('\n'));
  }
  for (const r of doc.records) {
    const rec = recordsBlock(r.records, `records ${reference(r.schema, r.table)}`, '');
    rec[0] += c.trail(r.at?.start);
    blocks.push([...c.lead(r.at?.start, ''), ...rec].join('\n'));
  }
  const tail = c.tail();
  if (tail.length) blocks.push(tail.join('\n'));
  return { text: `${blocks.join('\n\n')}\n`, lost: c.lost() };
}
