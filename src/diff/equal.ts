/** Structural equality of constraint and index definitions (names aside): the diff compares
 * every object of every table, so this is written out rather than done through JSON. */
import type { ForeignKey, Index, IndexPart, Unique } from '../model/types.js';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function samePart(a: IndexPart, b: IndexPart): boolean {
  if (a.descending !== b.descending || a.nullsFirst !== b.nullsFirst) return false;
  if (a.kind === 'column') return b.kind === 'column' && a.name === b.name;
  return b.kind === 'expression' && a.expression === b.expression;
}

/** Same columns and NULLS treatment. */
export function sameUnique(a: Unique, b: Unique): boolean {
  return sameList(a.columns, b.columns) && (a.nullsNotDistinct === true) === (b.nullsNotDistinct === true);
}

/** Same index definition; the comment is compared separately. */
export function sameIndex(a: Index, b: Index): boolean {
  return (
    a.unique === b.unique && a.method === b.method && a.where === b.where && (a.nullsNotDistinct === true) === (b.nullsNotDistinct === true) &&
    sameList(a.include, b.include) && a.parts.length === b.parts.length && a.parts.every((p, i) => samePart(p, b.parts[i]!))
  );
}

/** Same reference and actions; validity is compared separately. */
export function sameForeignKey(a: ForeignKey, b: ForeignKey): boolean {
  return (
    a.refSchema === b.refSchema && a.refTable === b.refTable && sameList(a.columns, b.columns) && sameList(a.refColumns, b.refColumns) &&
    a.onDelete === b.onDelete && a.onUpdate === b.onUpdate && a.deferrable === b.deferrable && a.initiallyDeferred === b.initiallyDeferred
  );
}
