/** Sequence option defaults as PostgreSQL computes them (its `init_params`): they depend on the
 * data type and on the increment's sign, and START defaults to MINVALUE (ascending) or MAXVALUE (descending). */
import { qualifiedName, quoteLiteral } from './identifiers.js';
import { makeObjectName } from './naming.js';
import type { Sequence, SequenceOptions, SequenceType, SequenceValues } from './types.js';

export type { SequenceValues } from './types.js';

/** The options an ALTER changes (an absent one is left alone). */
export type SequenceSettings = Partial<SequenceValues>;

const RANGE: Readonly<Record<SequenceType, readonly [bigint, bigint]>> = {
  smallint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};

/** True for the types a sequence (and an identity column) can have. */
export function isSequenceType(type: string): type is SequenceType {
  return type === 'smallint' || type === 'integer' || type === 'bigint';
}

/** The range of a sequence type. */
export function typeRange(type: SequenceType): readonly [bigint, bigint] {
  return RANGE[type];
}

/** MINVALUE and MAXVALUE when not given: 1 .. type max ascending, type min .. -1 descending. */
function defaultBounds(type: SequenceType, increment: bigint): readonly [bigint, bigint] {
  const [lo, hi] = RANGE[type];
  return increment > 0n ? [1n, hi] : [lo, -1n];
}

/** The full values of a sequence created with `options` (absent ones take their defaults). */
export function expandOptions(type: SequenceType, options: SequenceOptions = {}): SequenceValues {
  const increment = BigInt(options.increment ?? '1');
  const [lo, hi] = defaultBounds(type, increment);
  const min = options.min ?? String(lo);
  const max = options.max ?? String(hi);
  return { type, increment: String(increment), min, max, start: options.start ?? (increment > 0n ? min : max), cache: options.cache ?? '1', cycle: options.cycle === true };
}

/** The options of `v` that differ from their defaults: what `CREATE SEQUENCE` must spell out. */
export function nonDefaultOptions(v: SequenceValues): SequenceOptions {
  const increment = BigInt(v.increment);
  const [lo, hi] = defaultBounds(v.type, increment);
  const start = increment > 0n ? v.min : v.max;
  return {
    ...(v.start !== start ? { start: v.start } : {}),
    ...(increment !== 1n ? { increment: v.increment } : {}),
    ...(BigInt(v.min) !== lo ? { min: v.min } : {}),
    ...(BigInt(v.max) !== hi ? { max: v.max } : {}),
    ...(v.cache !== '1' ? { cache: v.cache } : {}),
    ...(v.cycle ? { cycle: true as const } : {}),
  };
}

/** What `ALTER ... AS type` (or an identity column's type change) leaves: MINVALUE / MAXVALUE
 * that were the old type's limits become the new type's; anything else stays. */
export function afterTypeChange(v: SequenceValues, type: SequenceType): SequenceValues {
  const [oldLo, oldHi] = RANGE[v.type];
  const [lo, hi] = RANGE[type];
  return { ...v, type, min: BigInt(v.min) === oldLo ? String(lo) : v.min, max: BigInt(v.max) === oldHi ? String(hi) : v.max };
}

/** The settings that take `from` to `to`. A type change spells out both bounds: PostgreSQL would
 * otherwise move bounds that equal the old type's limits. */
export function sequenceSettings(from: SequenceValues, to: SequenceValues): SequenceSettings {
  const typeChanges = from.type !== to.type;
  return {
    ...(typeChanges ? { type: to.type } : {}),
    ...(from.increment !== to.increment ? { increment: to.increment } : {}),
    ...(typeChanges || from.min !== to.min ? { min: to.min } : {}),
    ...(typeChanges || from.max !== to.max ? { max: to.max } : {}),
    ...(from.start !== to.start ? { start: to.start } : {}),
    ...(from.cache !== to.cache ? { cache: to.cache } : {}),
    ...(from.cycle !== to.cycle ? { cycle: to.cycle } : {}),
  };
}

/** True when `to`'s range leaves out values `from`'s holds: the current value may then lie
 * outside it, and PostgreSQL refuses the change unless the sequence restarts. */
export function rangeShrinks(from: SequenceValues, to: SequenceValues): boolean {
  return BigInt(to.min) > BigInt(from.min) || BigInt(to.max) < BigInt(from.max);
}

/** The full values of a model sequence. */
export function sequenceValues(s: Sequence): SequenceValues {
  return { type: s.type, start: s.start, increment: s.increment, min: s.min, max: s.max, cache: s.cache, cycle: s.cycle };
}

/** The name PostgreSQL gives a serial or identity column's sequence (before de-duplication). */
export function ownedSequenceName(table: string, column: string): string {
  return makeObjectName(table, column, 'seq');
}

/** The sequence SERIAL creates for `table.column` of integer type `type`. */
export function serialSequence(schema: string, table: string, column: string, type: SequenceType): Sequence {
  return { schema, name: ownedSequenceName(table, column), ...expandOptions(type), ownedBy: { table, column } };
}

/** Equal option sets (absent and default are the same thing here: both sides are normalised). */
export function sameOptions(a: SequenceOptions | undefined, b: SequenceOptions | undefined): boolean {
  return a?.start === b?.start && a?.increment === b?.increment && a?.min === b?.min && a?.max === b?.max && a?.cache === b?.cache && a?.cycle === b?.cycle;
}

/** The default of a column drawing from `schema.name`, as pg_get_expr prints it. */
export function nextvalDefault(schema: string, name: string): string {
  return `nextval(${quoteLiteral(qualifiedName(schema, name))}::regclass)`;
}

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
