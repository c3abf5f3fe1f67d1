/** `erDiagram(schema, kept) → { text, tables, relationships }`: a Mermaid entity-relationship
 * diagram. Tables are sorted by schema and name, each with its columns in table order (type,
 * name, PK / FK / UK markers); then one line per foreign key between kept tables, with crow's
 * feet for its cardinality. Every name passes through `names.ts`. */
import { assertNever, type Schema, type Table, type TableName } from '../model/types.js';
import { attributeWord, displayName, distinctNames, quoted, quotedText, shortType, tableKey } from './names.js';
import { type ChildEnd, type ParentEnd, type Relationship, relationships } from './relationships.js';

/** A rendered diagram and what it shows. */
export interface ErDiagram {
  /** The Mermaid source, starting `erDiagram`, ending with a newline. */
  readonly text: string;
  readonly tables: readonly TableName[];
  readonly relationships: readonly Relationship[];
}

/** The left end of a relationship line (the referenced table's side). */
function parentMark(end: ParentEnd): string {
  switch (end) {
    case 'one':
      return '||';
    case 'zero-or-one':
      return '|o';
    default:
      return assertNever(end, 'erd');
  }
}

/** The right end (the referencing table's side). */
function childMark(end: ChildEnd): string {
  switch (end) {
    case 'zero-or-many':
      return 'o{';
    case 'zero-or-one':
      return 'o|';
    default:
      return assertNever(end, 'erd');
  }
}

/** The key markers of each column: PK for the primary key, FK for a foreign key column, UK for a
 * column that is unique on its own (a one-column unique constraint or unique index). */
function markers(t: Table): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (column: string, key: string) => {
    const keys = out.get(column) ?? [];
    if (!keys.includes(key)) out.set(column, [...keys, key]);
  };
  for (const c of t.primaryKey?.columns ?? []) add(c, 'PK');
  for (const fk of t.foreignKeys) for (const c of fk.columns) add(c, 'FK');
  const single = [...t.uniques.map((u) => u.columns), ...t.indexes.filter((i) => i.unique && i.where === undefined).map((i) => i.parts.map((p) => (p.kind === 'column' ? p.name : '')))];
  for (const cols of single) if (cols.length === 1 && cols[0] !== '') add(cols[0]!, 'UK');
  return out;
}

/** An entity block. A name or type the bare words could not keep as it is is given in full in the
 * attribute's comment (a quoted string, which may hold any character the diagram allows). */
function entity(t: Table, name: string): string[] {
  if (t.columns.length === 0) return [`  ${name}`];
  const keys = markers(t);
  const words = distinctNames(t.columns, (c) => attributeWord(c.name));
  const lines = t.columns.map((c, i) => {
    const type = shortType(c.type);
    const typeWord = attributeWord(type);
    const k = keys.get(c.name);
    const lost = [...(words[i] !== c.name ? [c.name] : []), ...(typeWord !== type ? [type] : [])];
    return `    ${typeWord} ${words[i]}${k ? ` ${k.join(', ')}` : ''}${lost.length > 0 ? ` ${quoted(lost.join(' '))}` : ''}`;
  });
  return [`  ${name} {`, ...lines, '  }'];
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The diagram of the tables of `schema` in `kept` (keys from `tableKey`; default: every table). */
export function erDiagram(schema: Schema, kept?: ReadonlySet<string>): ErDiagram {
  const tables = schema.tables.filter((t) => kept === undefined || kept.has(tableKey(t))).sort((a, b) => order(a.schema, b.schema) || order(a.name, b.name));
  const distinct = distinctNames(tables, (t) => quotedText(displayName(t)));
  const names = new Map(tables.map((t, i) => [tableKey(t), `"${distinct[i]!}"`]));
  const rels = relationships(schema, new Set(names.keys()));
  const lines = ['erDiagram', ...tables.flatMap((t) => entity(t, names.get(tableKey(t))!))];
  for (const r of rels) {
    const label = quoted(r.columns.join(', '));
    lines.push(`  ${names.get(tableKey(r.parent))} ${parentMark(r.parentEnd)}--${childMark(r.childEnd)} ${names.get(tableKey(r.child))} : ${label}`);
  }
  return { text: `${lines.join('\n')}\n`, tables: tables.map((t) => ({ schema: t.schema, name: t.name })), relationships: rels };
}
