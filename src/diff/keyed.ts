/** Keyed list matching: pair the objects of two lists by name, then pair leftovers whose
 * definitions are identical (a rename of a constraint or index, which is metadata only). */
import { canonicalJson } from '../model/schema.js';

/** The outcome of matching two named lists. */
export interface Matched<T> {
  /** Same name in both lists. */
  readonly same: readonly (readonly [T, T])[];
  /** Different names, identical definitions. */
  readonly renamed: readonly (readonly [T, T])[];
  readonly added: readonly T[];
  readonly dropped: readonly T[];
}

/** A definition key that ignores the name (and any fields `ignore` lists). */
export function definitionKey<T extends { readonly name: string }>(x: T, ignore: readonly string[] = []): string {
  const rest: Record<string, unknown> = { ...x };
  delete rest['name'];
  for (const k of ignore) delete rest[k];
  return canonicalJson(rest);
}

/** Matches `from` against `to` by name; with `defKey`, leftovers with equal keys become renames. */
export function matchByName<T extends { readonly name: string }>(from: readonly T[], to: readonly T[], defKey?: (x: T) => string): Matched<T> {
  // The common case — the same names in the same order — needs no lookup tables.
  if (from.length === to.length && from.every((f, i) => f.name === to[i]!.name)) {
    return { same: from.map((f, i) => [f, to[i]!] as const), renamed: [], added: [], dropped: [] };
  }
  const toByName = new Map(to.map((x) => [x.name, x]));
  const fromNames = new Set(from.map((x) => x.name));
  const same: (readonly [T, T])[] = [];
  let dropped: T[] = [];
  for (const f of from) {
    const t = toByName.get(f.name);
    if (t) same.push([f, t]);
    else dropped.push(f);
  }
  let added = to.filter((t) => !fromNames.has(t.name));
  const renamed: (readonly [T, T])[] = [];
  if (defKey && dropped.length > 0 && added.length > 0) {
    const pool = new Map<string, T[]>();
    for (const d of dropped) {
      const k = defKey(d);
      const list = pool.get(k);
      if (list) list.push(d);
      else pool.set(k, [d]);
    }
    const stillAdded: T[] = [];
    for (const a of added) {
      const d = pool.get(defKey(a))?.shift();
      if (d) renamed.push([d, a]);
      else stillAdded.push(a);
    }
    const paired = new Set(renamed.map(([d]) => d));
    dropped = dropped.filter((d) => !paired.has(d));
    added = stillAdded;
  }
  return { same, renamed, added, dropped };
}
