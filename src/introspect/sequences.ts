/** Sequence rows → the model: standalone sequences, identity options, and the test that lets a
 * column read back as `serial`. Pure. */
import { expandOptions, isSequenceType, nextvalDefault, nonDefaultOptions, ownedSequenceName } from '../model/sequence.js';

import type { IdentityOptions, Sequence } from '../model/types.js';
import type { ColumnRow, SequenceRow } from './rows.js';

/** True when the column and its owned sequence are exactly what `SERIAL` creates: a NOT NULL
 * integer column whose default alone calls the sequence, named `<table>_<column>_seq` in the
 * table's schema, of the column's type, with default options and no comment. */
export function isSerialSequence(s: SequenceRow, c: ColumnRow, table: { schema: string; name: string }, uses: number): boolean {
  if (!isSequenceType(c.type) || s.type !== c.type || !c.not_null || c.identity !== '' || c.generated !== '' || uses !== 1) return false;
  if (s.schema !== table.schema || s.name !== ownedSequenceName(table.name, c.name) || s.comment !== null) return false;
  if (c.default_expr !== nextvalDefault(s.schema, s.name)) return false;
  const d = expandOptions(s.type);
  return s.start === d.start && s.increment === d.increment && s.min === d.min && s.max === d.max && s.cache === d.cache && s.cycle === d.cycle;
}

/** A standalone sequence. */
export function sequenceOf(s: SequenceRow, ownedBy: Sequence['ownedBy']): Sequence {
  if (!isSequenceType(s.type)) throw new Error(`introspect: sequence ${s.schema}.${s.name} has type ${s.type}`);
  return {
    schema: s.schema,
    name: s.name,
    type: s.type,
    start: s.start,
    increment: s.increment,
    min: s.min,
    max: s.max,
    cache: s.cache,
    cycle: s.cycle,
    ...(ownedBy ? { ownedBy } : {}),
    ...(s.comment !== null ? { comment: s.comment } : {}),
  };
}

/** An identity column's non-default sequence options, or undefined when all are defaults. */
export function identityOptions(s: SequenceRow, table: string, column: string): IdentityOptions | undefined {
  if (!isSequenceType(s.type)) return undefined;
  const options: IdentityOptions = {
    ...nonDefaultOptions({ type: s.type, start: s.start, increment: s.increment, min: s.min, max: s.max, cache: s.cache, cycle: s.cycle }),
    ...(s.name !== ownedSequenceName(table, column) ? { sequenceName: s.name } : {}),
  };
  return Object.keys(options).length > 0 ? options : undefined;
}
