/** What the DBML side of a desired state sets, as keys, so that SQL beside it that sets the same
 * thing again is an error instead of a silent override. */
import type { Schema } from '../model/types.js';

/** `comment|default` NUL-joined with the object's qualified name parts. */
export type Claim = string;

export function dbmlClaims(s: Schema): Set<Claim> {
  const out = new Set<Claim>();
  const key = (...parts: string[]) => parts.join('\u0000');
  for (const t of s.tables) {
    if (t.comment !== undefined) out.add(key('comment', 'table', t.schema, t.name));
    for (const c of t.columns) {
      if (c.comment !== undefined) out.add(key('comment', 'column', t.schema, t.name, c.name));
      if (c.default !== undefined) out.add(key('default', t.schema, t.name, c.name));
    }
    for (const i of t.indexes) if (i.comment !== undefined) out.add(key('comment', 'index', t.schema, i.name));
  }
  return out;
}
