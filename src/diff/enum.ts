/** Changes to one enum that exists on both sides. PostgreSQL can add a value at a position and
 * rename one in place; it cannot remove or reorder values, so those rebuild the type. */
import { qualifiedName } from '../model/identifiers.js';
import type { Enum, Schema } from '../model/types.js';
import type { Change, EnumUser } from './changes.js';

/** Columns of `schema` typed with `e` (or an array of it) that keep that type in `to`. Columns
 * that are dropped or change type in the same migration stay on the old type until they do. */
export function enumUsers(schema: Schema, e: Enum, to: Schema): EnumUser[] {
  const name = qualifiedName(e.schema, e.name);
  const out: EnumUser[] = [];
  const targets = new Map(to.tables.map((x) => [`${x.schema}\u0000${x.name}`, x]));
  for (const t of schema.tables) {
    const target = targets.get(`${t.schema}\u0000${t.name}`);
    for (const c of t.columns) {
      if (c.type !== name && c.type !== `${name}[]`) continue;
      if (target?.columns.find((x) => x.name === c.name)?.type !== c.type) continue;
      out.push({ table: { schema: t.schema, name: t.name }, column: c });
    }
  }
  return out;
}

/** `from` is the enum as it was; `renames` maps old value → new value; `fromSchema` is the
 * renamed source schema and `toSchema` the target (together they say which columns a rebuild
 * converts). */
export function diffEnum(from: Enum, to: Enum, renames: ReadonlyMap<string, string>, fromSchema: Schema, toSchema: Schema): Change[] {
  const out: Change[] = [];
  const present = new Set(from.values);
  const valid = [...renames].filter(([o, n]) => present.has(o) && !present.has(n) && to.values.includes(n));
  for (const [o, n] of valid) out.push({ kind: 'RenameEnumValue', enum: to, from: o, to: n });
  const map = new Map(valid);
  const current = from.values.map((v) => map.get(v) ?? v);
  const target = new Set(to.values);
  const removed = current.filter((v) => !target.has(v));
  const kept = current.filter((v) => target.has(v));
  const keptInTarget = to.values.filter((v) => kept.includes(v));
  const reordered = kept.some((v, i) => keptInTarget[i] !== v);
  if (removed.length > 0 || reordered) {
    const renamed: Enum = { ...from, values: current };
    out.push({ kind: 'RecreateEnum', from: renamed, to, removed, users: enumUsers(fromSchema, from, toSchema) });
  } else {
    // Each new value goes before the next value that already exists, else after the previous one.
    const have = new Set(current);
    to.values.forEach((v, i) => {
      if (have.has(v)) return;
      const next = to.values.slice(i + 1).find((x) => have.has(x));
      const prev = i > 0 ? to.values[i - 1] : undefined;
      out.push({ kind: 'AddEnumValue', enum: to, value: v, ...(next !== undefined ? { before: next } : prev !== undefined ? { after: prev } : {}) });
      have.add(v);
    });
  }
  if (from.comment !== to.comment) out.push({ kind: 'AlterEnumComment', enum: to, ...(from.comment !== undefined ? { from: from.comment } : {}), ...(to.comment !== undefined ? { to: to.comment } : {}) });
  return out;
}
