/** PostgreSQL's implicit names for constraints, indexes and sequences (its `makeObjectName` and
 * `ChooseRelationName`): `{table}_{columns}_{label}`,
 * clipped to 63 bytes by shortening the longer of the two name parts, then de-duplicated by
 * appending a number to the label (`t_a_key1`). */

const NAMEDATALEN = 64;
// A UTF-16 code unit is at most 3 UTF-8 bytes: a string of n units has at most 3n bytes, so
// short names (nearly all of them) skip the byte count (a native call per name part).
const bytes = (s: string) => (s.length * 3 <= NAMEDATALEN - 1 ? utf8Length(s) : Buffer.byteLength(s, 'utf8'));

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Surrogate pairs count 2 + 2 = 4 bytes: right.
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** Longest prefix of `s` of at most `max` UTF-8 bytes, never splitting a character. */
function clip(s: string, max: number): string {
  if (bytes(s) <= max) return s;
  let out = '';
  let n = 0;
  for (const ch of s) {
    const b = bytes(ch);
    if (n + b > max) break;
    out += ch;
    n += b;
  }
  return out;
}

/** `makeObjectName(name1, name2, label)`. */
export function makeObjectName(name1: string, name2: string | undefined, label: string): string {
  // Nothing to shorten when even 3 bytes per code unit fits. (`join` builds one flat string; a
  // template literal builds a chain of concatenation cells, ~100 bytes more per kept name.)
  if ((name1.length + (name2?.length ?? 0) + label.length) * 3 + 2 <= NAMEDATALEN - 1) return (name2 ? [name1, name2, label] : [name1, label]).join('_');
  const overhead = bytes(label) + 1 + (name2 ? 1 : 0);
  const avail = NAMEDATALEN - 1 - overhead;
  let n1 = bytes(name1);
  let n2 = name2 ? bytes(name2) : 0;
  // Shorten the longer part one byte at a time, as PostgreSQL does.
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  const a = clip(name1, n1);
  const b = name2 ? clip(name2, n2) : undefined;
  return b ? `${a}_${b}_${label}` : `${a}_${label}`;
}

/** The name part PostgreSQL derives from an index expression (`FigureIndexColname`). */
export function expressionName(expr: string): string {
  const m = /^\s*"?([A-Za-z_][A-Za-z0-9_$]*)"?\s*\(/.exec(expr);
  return m ? m[1]!.toLowerCase() : 'expr';
}

/** `ChooseIndexColumnNames` joined: column names (or `expr` / a function name) with `_`. */
export function columnsPart(names: readonly string[]): string {
  if (names.length === 1) return clip(names[0]!, NAMEDATALEN - 1);
  let out = '';
  for (const n of names) {
    if (out.length > 0) out += '_';
    out += n;
    if (bytes(out) >= NAMEDATALEN) break;
  }
  return clip(out, NAMEDATALEN - 1);
}

/** A name registry for one schema, with PostgreSQL's two namespaces: relations (tables,
 * indexes, sequences) and constraints (checked schema-wide by `ChooseConstraintName`). A key
 * constraint is both: its index is a relation. */
export class NameScope {
  private readonly relations = new Set<string>();
  private readonly constraints = new Set<string>();

  /** Marks an explicit relation name (table, index) as used. */
  reserveRelation(name: string): void {
    this.relations.add(name);
  }

  /** Marks an explicit constraint name (check, foreign key) as used. */
  reserveConstraint(name: string): void {
    this.constraints.add(name);
  }

  /** Marks an explicit primary key or unique constraint name as used. */
  reserveKey(name: string): void {
    this.relations.add(name);
    this.constraints.add(name);
  }

  /** An index's name: `ChooseRelationName` (a free relation name). */
  chooseIndex(name1: string, name2: string | undefined, label: string): string {
    const n = choose(name1, name2, label, (c) => this.relations.has(c));
    this.relations.add(n);
    return n;
  }

  /** A primary key or unique constraint's name: `ChooseRelationName` with `isconstraint`, free
   * as a relation and as a constraint. */
  chooseKey(name1: string, name2: string | undefined, label: string): string {
    const n = choose(name1, name2, label, (c) => this.relations.has(c) || this.constraints.has(c));
    this.reserveKey(n);
    return n;
  }

  /** A check or foreign key's name: `ChooseConstraintName` (a free constraint name; a table or
   * an index of that name is no conflict). */
  chooseConstraint(name1: string, name2: string | undefined, label: string): string {
    const n = choose(name1, name2, label, (c) => this.constraints.has(c));
    this.constraints.add(n);
    return n;
  }
}

/** `name1_name2_label`, or with `label1`, `label2`, ... until `taken` says no. */
function choose(name1: string, name2: string | undefined, label: string, taken: (candidate: string) => boolean): string {
  let pass = 0;
  let candidate = makeObjectName(name1, name2, label);
  while (taken(candidate)) candidate = makeObjectName(name1, name2, `${label}${++pass}`);
  return candidate;
}

/** The comment every server gives `public` at initdb: the model treats it as no comment. */
export const STOCK_PUBLIC_COMMENT = 'standard public schema';
