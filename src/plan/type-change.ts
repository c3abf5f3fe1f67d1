/** What a column type change costs. PostgreSQL skips the table rewrite when the old type is
 * binary-coercible to the new one and no constraint gets tighter (varchar(n) → varchar(m ≥ n) or
 * text, numeric(p,s) → numeric(q ≥ p, s) or numeric); ALTER COLUMN TYPE without USING uses the
 * assignment cast, and where none exists we add `USING col::newtype`. */
import type { Conversion } from './types.js';

/** The cost of changing a column from one canonical type to another. */
export interface TypeChange {
  readonly rewrite: boolean;
  readonly conversion: Conversion;
  readonly mayFail: boolean;
}

const STRING = /^(text|character varying(\(\d+\))?|character\(\d+\)|bpchar)$/;
const INT_RANK: Record<string, number> = { smallint: 1, integer: 2, bigint: 3 };
const NUMERIC = /^(smallint|integer|bigint|numeric(\(\d+,\d+\))?|real|double precision)$/;
const NUM_RANK = (t: string) => INT_RANK[t] ?? (t.startsWith('numeric') ? 4 : t === 'real' ? 5 : t === 'double precision' ? 6 : 0);

function varcharLength(t: string): number | undefined {
  if (t === 'text' || t === 'character varying') return Infinity;
  const m = /^character varying\((\d+)\)$/.exec(t);
  return m ? Number(m[1]) : undefined;
}

function numericSpec(t: string): { p: number; s: number } | 'any' | undefined {
  if (t === 'numeric') return 'any';
  const m = /^numeric\((\d+),(\d+)\)$/.exec(t);
  return m ? { p: Number(m[1]), s: Number(m[2]) } : undefined;
}

/** Classifies a change `from` → `to`; `fromIsEnum` when the old type is a user enum. */
export function classifyTypeChange(from: string, to: string, fromIsEnum: boolean): TypeChange {
  const fromArr = from.endsWith('[]');
  const toArr = to.endsWith('[]');
  // Binary-coercible widenings: metadata only.
  const lf = varcharLength(from);
  const lt = varcharLength(to);
  if (lf !== undefined && lt !== undefined) {
    if (lt >= lf) return { rewrite: false, conversion: 'none', mayFail: false };
    return { rewrite: true, conversion: 'none', mayFail: true };
  }
  const nf = numericSpec(from);
  const nt = numericSpec(to);
  if (nf && nt) {
    if (nt === 'any') return { rewrite: false, conversion: 'none', mayFail: false };
    if (nf !== 'any' && nt.s === nf.s && nt.p >= nf.p) return { rewrite: false, conversion: 'none', mayFail: false };
    return { rewrite: true, conversion: 'none', mayFail: true };
  }
  if (fromArr !== toArr) return { rewrite: true, conversion: 'via-text', mayFail: true };
  // An enum converts through its text form (there is no cast between two enum types).
  if (fromIsEnum) return { rewrite: true, conversion: STRING.test(to) ? 'none' : toArr ? 'via-text-array' : 'via-text', mayFail: !STRING.test(to) || varcharLength(to) !== Infinity };
  // Anything converts to a string type by an assignment cast (its text form).
  if (STRING.test(to)) return { rewrite: true, conversion: 'none', mayFail: to.startsWith('character') };
  if (NUMERIC.test(from) && NUMERIC.test(to)) {
    const widening = NUM_RANK(to) > NUM_RANK(from);
    return { rewrite: true, conversion: 'none', mayFail: !widening };
  }
  if (from === 'timestamp without time zone' && to === 'timestamp with time zone') return { rewrite: true, conversion: 'none', mayFail: false };
  if (from === 'timestamp with time zone' && to === 'timestamp without time zone') return { rewrite: true, conversion: 'none', mayFail: false };
  if (from === 'date' && /^timestamp/.test(to)) return { rewrite: true, conversion: 'none', mayFail: false };
  // Direct casts exist between these families; anything else converts through its text form,
  // which every type has (a value that does not parse fails, and the migration rolls back).
  const family = (t: string) => (NUMERIC.test(t) ? 'number' : t === 'boolean' ? 'boolean' : t === 'json' || t === 'jsonb' ? 'json' : t);
  // Between booleans and numbers only integer ↔ boolean casts exist.
  const direct = family(from) === family(to) || (from === 'integer' && to === 'boolean') || (from === 'boolean' && to === 'integer');
  return { rewrite: true, conversion: direct || STRING.test(from) ? 'cast' : toArr ? 'via-text-array' : 'via-text', mayFail: true };
}

/** A default that PostgreSQL must evaluate per row when the column is added: a table rewrite. */
export function isVolatileDefault(expr: string): boolean {
  return /\b(nextval|random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|txid_current|uuidv7|uuidv4)\s*\(/i.test(expr);
}
