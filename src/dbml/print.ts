/** The printer: a `DbmlDocument` as canonical DBML. Declaration order is kept; spacing, quoting,
 * setting order and string escapes are canonical, so printing is idempotent. */
import type { DbmlColumn, DbmlDefault, DbmlDocument, DbmlEndpoint, DbmlIndex, DbmlRecords, DbmlRef, DbmlTable, DbmlType, DbmlValue } from './document.js';

/** A DBML name: bare when it lexes as one identifier, else double-quoted with escapes. */
export function dbmlName(n: string): string {
  return /^[\p{L}\p{M}_][\p{L}\p{M}_0-9]*$/u.test(n) ? n : `"${n.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

/** A DBML string literal. Multi-line text whose dedent is itself is printed as `'''` block. */
export function dbmlString(s: string): string {
  const lines = s.split('\n');
  const dedentSafe =
    lines.length > 1 && lines[0]!.trim() !== '' && !s.includes("'''") && !s.includes('\\') && !s.includes('\r') && !s.endsWith("'") &&
    lines.some((l) => l.trim() !== '' && !/^[ \t]/.test(l));
  if (dedentSafe) return `'''${s}'''`;
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

function qualified(schema: string, name: string): string {
  return schema === 'public' || schema === '' ? dbmlName(name) : `${dbmlName(schema)}.${dbmlName(name)}`;
}

function typeText(t: DbmlType): string {
  const args = t.args === undefined ? '' : `(${t.args.split(',').map((a) => (/^[-+]?[\w.]+$/u.test(a) ? a : dbmlString(a))).join(', ')})`;
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
  return [
    r.onDelete ? `delete: ${r.onDelete}` : undefined,
    r.onUpdate ? `update: ${r.onUpdate}` : undefined,
    r.color ? `color: ${r.color}` : undefined,
    r.inactive ? 'inactive' : undefined,
  ].filter((x): x is string => x !== undefined);
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
    ...c.custom.map(([k, v]) => `${k}: ${v.startsWith('#') ? v : dbmlString(v)}`),
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

function tableBlock(t: DbmlTable, keyword: string, inlineRefs: Map<DbmlColumn | string, DbmlRef[]>): string {
  const head = `${keyword} ${qualified(t.schema, t.name)}${t.alias !== undefined ? ` as ${dbmlName(t.alias)}` : ''}${settings([
    t.headercolor ? `headercolor: ${t.headercolor}` : undefined,
    t.settingNote !== undefined ? `note: ${dbmlString(t.settingNote)}` : undefined,
    ...t.custom.map(([k, v]) => `${k}: ${v.startsWith('#') ? v : dbmlString(v)}`),
  ])} {`;
  const lines = [head];
  for (const it of t.items) {
    if (it.kind === 'inject') lines.push(`  ~${dbmlName(it.name)}`);
    else lines.push(columnLine(it, inlineRefs.get(`${t.schema}\u0000${t.name}\u0000${it.name}`) ?? []));
  }
  if (t.indexes.length) lines.push('', '  indexes {', ...t.indexes.map(indexLine), '  }');
  if (t.checks.length) lines.push('', '  checks {', ...t.checks.map((c) => `    \`${c.expression}\`${settings([c.name !== undefined ? `name: ${dbmlString(c.name)}` : undefined])}`), '  }');
  if (t.note !== undefined) lines.push('', `  Note: ${dbmlString(t.note)}`);
  if (t.records) lines.push('', ...recordsBlock(t.records, 'records', '  '));
  lines.push('}');
  return lines.join('\n');
}

/** Prints a document as canonical DBML text (ending in one newline). */
export function printDocument(doc: DbmlDocument): string {
  const blocks: string[] = [];
  for (const u of doc.uses) blocks.push(u.text);
  if (doc.project) {
    const p = doc.project;
    const lines = [`Project${p.name !== undefined ? ` ${dbmlName(p.name)}` : ''} {`, ...p.fields.map(([k, v]) => `  ${dbmlName(k)}: ${dbmlString(v)}`)];
    if (p.note !== undefined) lines.push(`  Note: ${dbmlString(p.note)}`);
    lines.push('}');
    blocks.push(lines.join('\n'));
  }
  for (const e of doc.enums) {
    blocks.push([`Enum ${qualified(e.schema, e.name)} {`, ...e.values.map((v) => `  ${dbmlName(v.name)}${settings([v.note !== undefined ? `note: ${dbmlString(v.note)}` : undefined])}`), '}'].join('\n'));
  }
  const inline = new Map<DbmlColumn | string, DbmlRef[]>();
  for (const r of doc.refs) {
    if (!r.inline) continue;
    const k = `${r.left.schema}\u0000${r.left.table}\u0000${r.left.columns[0]}`;
    inline.set(k, [...(inline.get(k) ?? []), r]);
  }
  for (const p of doc.partials) blocks.push(tableBlock(p, 'TablePartial', inline));
  for (const t of doc.tables) blocks.push(tableBlock(t, 'Table', inline));
  // Standalone refs are one line each and read best as one block.
  const refs = doc.refs.filter((r) => !r.inline).map((r) => `Ref${r.name !== undefined ? ` ${dbmlName(r.name)}` : ''}: ${endpoint(r.left)} ${r.op} ${endpoint(r.right)}${settings(refSettings(r))}`);
  if (refs.length) blocks.push(refs.join('\n'));
  for (const g of doc.groups) {
    const lines = [`TableGroup ${dbmlName(g.name)}${settings([g.color ? `color: ${g.color}` : undefined, g.settingNote !== undefined ? `note: ${dbmlString(g.settingNote)}` : undefined, ...g.custom.map(([k, v]) => `${k}: ${v.startsWith('#') ? v : dbmlString(v)}`)])} {`];
    for (const t of g.tables) lines.push(`  ${reference(t.schema, t.name)}`);
    if (g.note !== undefined) lines.push(`  Note: ${dbmlString(g.note)}`);
    lines.push('}');
    blocks.push(lines.join('\n'));
  }
  for (const n of doc.stickyNotes) blocks.push(`Note ${qualified(n.schema, n.name)}${settings([n.color ? `color: ${n.color}` : undefined])} {\n  ${dbmlString(n.content)}\n}`);
  for (const v of doc.views) {
    const lines = [`DiagramView ${dbmlName(v.name)} {`];
    if (v.all) lines.push('  *');
    for (const b of v.blocks) lines.push(`  ${b.kind[0]!.toUpperCase()}${b.kind.slice(1).replace('groups', 'Groups')} {`, ...b.names.map((n) => `    ${n === '*' ? '*' : n.split('.').map(dbmlName).join('.')}`), '  }');
    lines.push('}');
    blocks.push(lines.join('\n'));
  }
  for (const r of doc.records) blocks.push(recordsBlock(r.records, `records ${reference(r.schema, r.table)}`, '').join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
