/** PostgreSQL identifier rules: when a name needs double quotes (as `quote_ident` decides). */

// Keywords that are not UNRESERVED in PostgreSQL 18 (reserved, col_name and type_func_name):
// `quote_ident` quotes these even when they are lower-case.
const QUOTED_KEYWORDS = new Set(
  (
    'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
    'distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral ' +
    'leading limit localtime localtimestamp not null offset on only or order placing primary references returning ' +
    'select session_user some symmetric system_user table then to trailing true union unique user using variadic when ' +
    'where window with authorization binary collation concurrently cross current_schema freeze full ilike inner is ' +
    'isnull join left like natural notnull outer overlaps right similar tablesample verbose between bigint bit boolean ' +
    'char character coalesce dec decimal exists extract float greatest grouping inout int integer interval json ' +
    'json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar json_serialize json_table ' +
    'json_value least merge_action national nchar none normalize nullif numeric out overlay position precision real ' +
    'row setof smallint substring time timestamp treat trim values varchar xmlattributes xmlconcat xmlelement ' +
    'xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable'
  ).split(' '),
);

/** True when PostgreSQL's `quote_ident` would quote `name`. It quotes a `$` too (`"a$b"`), though
 * the lexer would take it bare: the model must spell names as the catalogs print them. */
export function needsQuotes(name: string): boolean {
  return !/^[a-z_][a-z0-9_]*$/.test(name) || QUOTED_KEYWORDS.has(name);
}

/** `name` quoted the way `quote_ident` does it. */
export function quoteIdent(name: string): string {
  return needsQuotes(name) ? `"${name.replace(/"/g, '""')}"` : name;
}

/** `schema.name`, each part quoted when needed; the schema is left out when it is `public`. */
export function qualifiedName(schema: string, name: string): string {
  return schema === 'public' ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A SQL string literal, as `pg_get_expr` prints it (quotes doubled, backslashes as they are).
 * It reads the same under either standard_conforming_strings setting unless it holds a
 * backslash; `render` then pins the setting on for the script (render's `STANDARD_STRINGS`). */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

// Characters that end or split a line for PostgreSQL, editors or terminals (C0/C1 controls incl.
// U+0085, U+2028/U+2029), or reorder what a reviewer sees (bidirectional overrides).
const UNPRINTABLE = /[\\\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'gu');
const SHORT: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` as one visible line: those characters and the backslash are shown as escapes (`\n`,
 * `\u2028`, `\\`), so a name can neither end a comment nor forge a line of gen's output. */
export function printable(text: string): string {
  if (!UNPRINTABLE.test(text)) return text;
  return text.replace(UNPRINTABLE_ALL, (ch) => SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
