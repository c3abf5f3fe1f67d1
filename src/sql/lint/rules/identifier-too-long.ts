/** PostgreSQL truncates identifiers to 63 bytes without an error: two long names can collide, and
 * the name in the catalog is not the one in the migration. */
import { printable } from '../../../model/identifiers.js';
import { identifiersOf } from '../../split.js';
import type { Rule, RuleHit } from '../types.js';

const MAX = 63;

// Words and quoted names of the raw text: PostgreSQL's scanner runs only on a statement that has
// one longer than MAX bytes (most have none, and scanning every statement costs).
const WORD = /"(?:[^"]|"")*"|[^\s()[\],;.:=<>+\-*/'"]+/g;
function mayHaveLongName(text: string): boolean {
  for (const m of text.matchAll(WORD)) if (Buffer.byteLength(m[0], 'utf8') > MAX) return true;
  return false;
}

export const identifierTooLong: Rule = {
  code: 'identifier-too-long',
  severity: 'error',
  summary: 'an identifier longer than 63 bytes (PostgreSQL truncates it silently)',
  check(s) {
    const hits: RuleHit[] = [];
    if (!mayHaveLongName(s.text)) return hits;
    const seen = new Set<string>();
    for (const id of identifiersOf(s.text)) {
      const bytes = Buffer.byteLength(id.name, 'utf8');
      if (bytes <= MAX || seen.has(id.name)) continue;
      seen.add(id.name);
      hits.push({
        message: `"${printable(id.name)}" is ${bytes} bytes; PostgreSQL keeps only the first ${MAX} ("${printable(Buffer.from(id.name, 'utf8').subarray(0, MAX).toString('utf8'))}")`,
        lock: 'none',
        instead: `choose a name of at most ${MAX} bytes`,
        at: s.byteOffset + id.start,
      });
    }
    return hits;
  },
};
