/** Lists the document and the model keep. A list grown by `push` keeps V8's growth capacity (17
 * slots for a first push: ~150 bytes where two entries need ~60); a 5,000-table schema keeps
 * tens of thousands of small lists, so the ones that are kept are copied to their exact size. */

/** The one empty list shared by everything that has none (the document and model are read-only). */
export const NONE: readonly never[] = Object.freeze([]);

/** `xs` at its exact size (`NONE` when empty). Call it once a list is complete and will be kept. */
export function fit<T>(xs: readonly T[]): readonly T[] {
  return xs.length === 0 ? NONE : xs.slice();
}

/** A key naming `names` exactly: each prefixed by its length, so no two lists share one. */
export function lengthPrefixed(names: readonly string[]): string {
  let key = '';
  for (const n of names) key += `${n.length}.${n}`;
  return key;
}
