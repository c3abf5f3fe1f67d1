/** Structural equality of constraint and index definitions (names aside): the diff compares
 * every object of every table, so this is written out rather than done through JSON. */
import type { ForeignKey, Index, IndexPart, PrimaryKey, Unique } from '../model/types.js';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameOptional = (a: readonly string[] | undefined, b: readonly string[] | undefined) => sameList(a ?? [], b ?? []);

function samePart(a: IndexPart, b: IndexPart): boolean {
  if (a.descending !== b.descending || a.nullsFirst !== b.nullsFirst) return false;
  if (a.collation !== b.collation || a.collationSchema !== b.collationSchema || a.opclass !== b.opclass || a.opclassSchema !== b.opclassSchema || !sameOptional(a.opclassParameters, b.opclassParameters)) return false;
  if (a.kind === 'column') return b.kind === 'column' && a.name === b.name;
  return b.kind === 'expression' && a.expression === b.expression;
}

/** Same columns, INCLUDE and deferrability; storage parameters and comment are compared
 * separately (they change without a rebuild). */
export function sameKey(a: PrimaryKey, b: PrimaryKey): boolean {
  return sameList(a.columns, b.columns) && sameOptional(a.include, b.include) && (a.deferrable === true) === (b.deferrable === true) && (a.initiallyDeferred === true) === (b.initiallyDeferred === true);
}

/** Same columns, NULLS treatment, INCLUDE and deferrability. */
export function sameUnique(a: Unique, b: Unique): boolean {
  return sameKey(a, b) && (a.nullsNotDistinct === true) === (b.nullsNotDistinct === true);
}

/** Same index definition; storage parameters and the comment are compared separately. */
export function sameIndex(a: Index, b: Index): boolean {
  return (
    a.unique === b.unique &&
    a.method === b.method &&
    a.where === b.where &&
    (a.nullsNotDistinct === true) === (b.nullsNotDistinct === true) &&
    sameList(a.include, b.include) &&
    a.parts.length === b.parts.length &&
    a.parts.every((p, i) => samePart(p, b.parts[i]!))
  );
}

/** Same reference, match type and actions; deferrability, validity and the comment are
 * compared separately (each has its own ALTER). */
export function sameForeignKey(a: ForeignKey, b: ForeignKey): boolean {
  return (
    a.refSchema === b.refSchema &&
    a.refTable === b.refTable &&
    sameList(a.columns, b.columns) &&
    sameList(a.refColumns, b.refColumns) &&
    a.onDelete === b.onDelete &&
    a.onUpdate === b.onUpdate &&
    (a.matchFull === true) === (b.matchFull === true) &&
    sameOptional(a.onDeleteColumns, b.onDeleteColumns)
  );
}

/** Same DEFERRABLE / INITIALLY DEFERRED. */
export function sameDeferrability(a: { deferrable?: boolean; initiallyDeferred?: boolean }, b: { deferrable?: boolean; initiallyDeferred?: boolean }): boolean {
  return (a.deferrable === true) === (b.deferrable === true) && (a.initiallyDeferred === true) === (b.initiallyDeferred === true);
}

/** Same storage parameters. */
export function sameStorage(a: { storageParameters?: readonly string[] }, b: { storageParameters?: readonly string[] }): boolean {
  return sameOptional(a.storageParameters, b.storageParameters);
}
