/** PostgreSQL's implicit names for constraints, indexes and sequences (`makeObjectName` and
 * `ChooseRelationName` in src/backend/commands/indexcmds.c): `{table}_{columns}_{label}`,
 * clipped to 63 bytes by shortening the longer of the two name parts, then de-duplicated by
 * appending a number to the label (`t_a_key1`). */

const NAMEDATALEN = 64;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

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

/** `ChooseIndexColumnNames` joined: column names (or `expr` / a function name) with `_`. */
export function columnsPart(names: readonly string[]): string {
  let out = '';
  for (const n of names) {
    if (out.length > 0) out += '_';
    out += n;
    if (bytes(out) >= NAMEDATALEN) break;
  }
  return clip(out, NAMEDATALEN - 1);
}

/** A name registry for one schema: relation and constraint names already taken. */
export class NameScope {
  private readonly taken = new Set<string>();

  /** Marks an explicit name as used. */
  reserve(name: string): void {
    this.taken.add(name);
  }

  /** Chooses `name1_name2_label`, or with `label1`, `label2`, ... until it is free. */
  choose(name1: string, name2: string | undefined, label: string): string {
    let pass = 0;
    let candidate = makeObjectName(name1, name2, label);
    while (this.taken.has(candidate)) {
      candidate = makeObjectName(name1, name2, `${label}${++pass}`);
    }
    this.taken.add(candidate);
    return candidate;
  }
}
