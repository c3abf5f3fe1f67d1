/** Names as Mermaid's erDiagram lexer takes them. Entity names and labels are written in double
 * quotes, attribute types and names as bare words; whatever a name holds that the lexer would
 * read as something else becomes `_`, so a name from a file or a database never changes the
 * diagram's structure. */
import type { TableName } from '../model/types.js';

// Inside quotes the lexer refuses `"`, `%`, `\` and line breaks (its ENTITY_NAME token). `~`
// would start its generic-type token inside an attribute comment; `<`, `>`, `&` and `#` are
// HTML or entity codes to the renderer; the rest are controls, invisible format characters
// (bidirectional overrides) and line or paragraph separators a reviewer cannot see.
const UNSAFE_QUOTED = /["%\\~<>&#`]|[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}]/gu;

// Mermaid reads any line holding `direction TB` (or BT, RL, LR; any case) as a direction
// statement, whatever surrounds it, before it looks for a quoted name.
const DIRECTION = /(direction)\s+(tb|bt|rl|lr)/gi;

/** `text` as the inside of a double-quoted entity name, label or comment. */
export function quotedText(text: string): string {
  const safe = text.replace(UNSAFE_QUOTED, '_').replace(DIRECTION, '$1_$2');
  return safe === '' ? '_' : safe;
}

/** `text` in double quotes, made safe. */
export const quoted = (text: string): string => `"${quotedText(text)}"`;

// The word characters of every Mermaid version's attribute lexer (unicode letters and commas
// came in later ones): a type keeps its modifiers and array brackets.
const UNSAFE_WORD = /[^A-Za-z0-9_\-[\]()]/g;

/** `text` as a bare attribute word (a type or a column name). The lexer takes `PK`, `FK` or `UK`
 * followed by a non-word character as a key marker before it tries a word, so such a word gets
 * a leading `_`, as does one that does not start with a letter or `_`. */
export function attributeWord(text: string): string {
  const w = text.replace(UNSAFE_WORD, '_');
  return /^[A-Za-z_]/.test(w) && !/^(pk|fk|uk)(?![A-Za-z0-9_])/i.test(w) ? w : `_${w}`;
}

// format_type's long spellings, and the short names PostgreSQL also accepts.
const SHORT_TYPES: readonly (readonly [RegExp, string])[] = [
  [/^character varying/, 'varchar'],
  [/^character(?![\w$ ])/, 'char'],
  [/^bit varying/, 'varbit'],
  [/^double precision/, 'float8'],
  [/^timestamp(\(\d+\))? without time zone/, 'timestamp$1'],
  [/^timestamp(\(\d+\))? with time zone/, 'timestamptz$1'],
  [/^time(\(\d+\))? without time zone/, 'time$1'],
  [/^time(\(\d+\))? with time zone/, 'timetz$1'],
];

/** A column type as the diagram shows it: the short name, without identifier quotes. */
export function shortType(type: string): string {
  const bare = type.replace(/"/g, '');
  for (const [re, short] of SHORT_TYPES) if (re.test(bare)) return bare.replace(re, short);
  return bare;
}

/** How the diagram names a table: `name` in `public`, else `schema.name`. */
export const displayName = (t: TableName): string => (t.schema === 'public' ? t.name : `${t.schema}.${t.name}`);

/** A table's key in maps and sets (NUL is never part of a PostgreSQL name). */
export const tableKey = (t: TableName): string => `${t.schema}\u0000${t.name}`;

/** Distinct names for `items` (in the order given, which decides who keeps the plain name): two
 * that read the same once made safe get `_2`, `_3`, ... */
export function distinctNames<T>(items: readonly T[], nameOf: (item: T) => string): string[] {
  const used = new Set<string>();
  return items.map((item) => {
    const base = nameOf(item);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}
