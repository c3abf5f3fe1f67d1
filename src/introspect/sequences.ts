/** Sequence rows → the model: standalone sequences, identity options, and the test that lets a
 * column read back as `serial`. Pure. */
import { expandOptions, isSequenceType, nextvalDefault, nonDefaultOptions, ownedSequenceName } from '../model/sequence.js';
import type { IdentityOptions, Sequence } from '../model/types.js';
import type { ColumnRow, SequenceRow } from './rows.js';

/** The name parts of the sequence a `nextval('seq'::regclass)` default names, unquoted. A name
 * may hold dots, quotes and apostrophes: `nextval('"a.b""c''d_seq"'::regclass)`. */
export function nextvalParts(expr: string): string[] | undefined {
  const lit = /^nextval\('((?:[^']|'')*)'::regclass\)$/.exec(expr);
  if (!lit) return undefined;
  const text = lit[1]!.replace(/''/g, "'");
  const parts: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '"') {
      let name = '';
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] !== '"') name += text[j];
        else if (text[j + 1] === '"') name += text[j++];
        else break;
      }
      parts.push(name);
      i = j + 1;
    } else {
      const dot = text.indexOf('.', i);
      parts.push(text.slice(i, dot === -1 ? text.length : dot));
      i = dot === -1 ? text.length : dot;
    }
    if (text[i] === '.') i++;
    else if (i < text.length) return undefined;
  }
  return parts.length > 0 ? parts : undefined;
}

/** `schema.name` of the sequence a plain `nextval(...)` default calls (an unqualified name is in
 * `public`, as the session's search_path prints it), as a lookup key. */
export function nextvalOf(expr: string): string | undefined {
  const parts = nextvalParts(expr);
  if (!parts || parts.length > 2) return undefined;
  return parts.length === 1 ? `public\u0000${parts[0]}` : `${parts[0]}\u0000${parts[1]}`;
}

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
    schema: s.schema, name: s.name, type: s.type, start: s.start, increment: s.increment, min: s.min, max: s.max, cache: s.cache, cycle: s.cycle,
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
