/** PostgreSQL's limits on names, and the name tables the rules fill (postgres-rules.ts). */
/** NAMEDATALEN - 1: the longest name (and enum label) PostgreSQL keeps, in bytes. */
export const MAX_NAME_BYTES = 63;
/** Values by schema, then name: no key string is built per lookup (this runs on every parse). */
export class BySchema<V> {
  private readonly m = new Map<string, Map<string, V>>();
  get(schema: string, name: string): V | undefined {
    return this.m.get(schema)?.get(name);
  }
  set(schema: string, name: string, v: V): void {
    let names = this.m.get(schema);
    if (!names) this.m.set(schema, (names = new Map()));
    names.set(name, v);
  }
}

/** What holds a name in a namespace: a kind (`table`, `index`, ...) and, for all but tables and
 * enums, the table it belongs to. Messages are built only for a conflict. */
export interface Holder {
  readonly what: string;
  readonly name: string;
  readonly table?: string;
}
export const describe = (h: Holder) => (h.what === 'table' ? `table '${h.name}'` : h.what === 'row type' ? `the row type of table '${h.name}'` : h.what === 'enum' ? `enum '${h.name}'` : `${h.what} '${h.name}' of table '${h.table}'`);

/** The UTF-8 length of `s` when it is over the limit, else undefined. (Most names are short: 3
 * bytes per UTF-16 unit at most, so no count is needed.) */
export function overLimit(s: string): number | undefined {
  if (s.length * 3 <= MAX_NAME_BYTES) return undefined;
  const n = Buffer.byteLength(s, 'utf8');
  return n > MAX_NAME_BYTES ? n : undefined;
}

export const shown = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}...` : s);

/** Why `name` cannot be a PostgreSQL name, or undefined. */
export function nameProblem(name: string, what: string): string | undefined {
  if (name.length === 0) return `${what} name is empty (PostgreSQL has no zero-length names)`;
  const n = overLimit(name);
  return n === undefined ? undefined : `${what} name '${shown(name)}' is ${n} bytes in UTF-8; PostgreSQL names are at most ${MAX_NAME_BYTES} bytes (it would truncate it)`;
}
