/** Token-level mutations of DBML text for the fuzz tests: delete, duplicate, swap, insert bytes. */
import fc from 'fast-check';

/** Splits into rough tokens (words, strings, punctuation, whitespace) to mutate at token level. */
const tokensOf = (t: string) => t.match(/'''[\s\S]*?'''|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`|\w+|\s+|[\s\S]/g) ?? [];

export type Mutation = { op: 'delete' | 'duplicate' | 'swap' | 'insert'; at: number; other: number; bytes: string };

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  bytes: fc.string({ unit: 'binary', maxLength: 4 }),
});

export function applyMutations(text: string, ms: readonly Mutation[]): string {
  const toks = tokensOf(text);
  for (const m of ms) {
    if (toks.length === 0) break;
    const i = m.at % toks.length;
    const j = m.other % toks.length;
    switch (m.op) {
      case 'delete':
        toks.splice(i, 1);
        break;
      case 'duplicate':
        toks.splice(i, 0, toks[i]!);
        break;
      case 'swap':
        [toks[i], toks[j]] = [toks[j]!, toks[i]!];
        break;
      case 'insert':
        toks.splice(i, 0, m.bytes);
        break;
    }
  }
  return toks.join('');
}
