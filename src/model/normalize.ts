/** Normalisation to PostgreSQL's canonical spellings: column types as `format_type` prints them
 * and defaults as `pg_get_expr` prints them. */
import { qualifiedName, quoteIdent, quoteLiteral } from './identifiers.js';

/** A type name as written (already split into parts by the parser). */
export interface TypeSpec {
  readonly schema?: string;
  readonly name: string;
  readonly args?: string;
  readonly arrays: readonly string[];
}

const SIMPLE: Record<string, string> = {
  int: 'integer',
  int4: 'integer',
  integer: 'integer',
  int2: 'smallint',
  smallint: 'smallint',
  int8: 'bigint',
  bigint: 'bigint',
  serial: 'serial',
  serial4: 'serial',
  bigserial: 'bigserial',
  serial8: 'bigserial',
  smallserial: 'smallserial',
  serial2: 'smallserial',
  bool: 'boolean',
  boolean: 'boolean',
  float8: 'double precision',
  double: 'double precision',
  'double precision': 'double precision',
  float4: 'real',
  real: 'real',
  text: 'text',
  uuid: 'uuid',
  json: 'json',
  jsonb: 'jsonb',
  bytea: 'bytea',
  date: 'date',
  inet: 'inet',
  cidr: 'cidr',
  macaddr: 'macaddr',
  macaddr8: 'macaddr8',
  money: 'money',
  xml: 'xml',
  tsvector: 'tsvector',
  tsquery: 'tsquery',
  point: 'point',
  line: 'line',
  lseg: 'lseg',
  box: 'box',
  path: 'path',
  polygon: 'polygon',
  circle: 'circle',
  oid: 'oid',
  name: 'name',
  regclass: 'regclass',
  interval: 'interval',
  int4range: 'int4range',
  int8range: 'int8range',
  numrange: 'numrange',
  tsrange: 'tsrange',
  tstzrange: 'tstzrange',
  daterange: 'daterange',
  pg_lsn: 'pg_lsn',
  jsonpath: 'jsonpath',
};

/** format_type's spelling of a time type: the precision sits before the zone clause. */
function zoned(base: 'time' | 'timestamp', precision: string | undefined, zone: 'with' | 'without'): string {
  return `${base}${precision === undefined ? '' : `(${precision})`} ${zone} time zone`;
}

/** The canonical spelling of a known base type with its modifiers, or undefined if unknown. */
function canonicalBase(lower: string, args: string | undefined): string | undefined {
  const a = args === undefined ? undefined : args.replace(/\s+/g, '');
  switch (lower) {
    case 'varchar':
    case 'character varying':
      return a === undefined ? 'character varying' : `character varying(${a})`;
    case 'char':
    case 'character':
    case 'bpchar':
      return `character(${a ?? '1'})`;
    case 'decimal':
    case 'numeric': {
      if (a === undefined) return 'numeric';
      return a.includes(',') ? `numeric(${a})` : `numeric(${a},0)`;
    }
    case 'float': {
      if (a === undefined) return 'double precision';
      return Number(a) <= 24 ? 'real' : 'double precision';
    }
    case 'timestamp':
    case 'timestamp without time zone':
      return zoned('timestamp', a, 'without');
    case 'timestamptz':
    case 'timestamp with time zone':
      return zoned('timestamp', a, 'with');
    case 'time':
    case 'time without time zone':
      return zoned('time', a, 'without');
    case 'timetz':
    case 'time with time zone':
      return zoned('time', a, 'with');
    case 'bit':
      return `bit(${a ?? '1'})`;
    case 'varbit':
    case 'bit varying':
      return a === undefined ? 'bit varying' : `bit varying(${a})`;
    case 'interval':
      return a === undefined ? 'interval' : `interval(${a})`;
    default: {
      // `interval day to second` and the other field restrictions, as format_type prints them.
      const fields = /^interval (year to month|day to hour|day to minute|day to second|hour to minute|hour to second|minute to second|year|month|day|hour|minute|second)$/.exec(lower);
      if (fields) return `interval ${fields[1]}${a === undefined ? '' : `(${a})`}`;
      // These take no modifier: PostgreSQL rejects `integer(11)` (a MySQL display width), so
      // it is dropped here and lowering warns about it.
      return SIMPLE[lower];
    }
  }
}

const NO_MODIFIER = new Set(Object.values(SIMPLE));

/** True for a canonical base type that takes no modifier (`integer`, `text`, `uuid`, ...). */
export function takesNoModifier(type: string): boolean {
  return NO_MODIFIER.has(type.replace(/(\[\])+$/, ''));
}

/** Serial pseudo-types keep their meaning: an integer column owning a sequence. */
export function isSerial(type: string): boolean {
  return type === 'serial' || type === 'bigserial' || type === 'smallserial';
}

/** True for the integer types that can be identity columns. */
export function isIntegerType(type: string): boolean {
  return type === 'integer' || type === 'bigint' || type === 'smallint';
}

/** Canonical type text. `isEnum(schema, name)` tells whether a name is a user enum. */
export function canonicalType(spec: TypeSpec, isEnum: (schema: string, name: string) => boolean): string {
  // A quoted name with array brackets (`"text[]"`, as db2dbml writes arrays) means the array.
  const bracketed = /^(.+?)((?:\[\d*\])+)$/.exec(spec.name);
  const unbracketed: TypeSpec = bracketed && !isEnum(spec.schema ?? 'public', spec.name) ? { ...spec, name: bracketed[1]!, arrays: [...spec.arrays, ''] } : spec;
  // So does a quoted name with modifiers (`"timetz(2)[]"`, as the importers write them), when
  // the name before them is a built-in type.
  const called = unbracketed.args === undefined && unbracketed.name.endsWith(')') ? /^([^()]+?)\s*\(([^()]*)\)$/.exec(unbracketed.name) : null;
  const t: TypeSpec =
    called && !isEnum(spec.schema ?? 'public', spec.name) && (spec.schema === undefined || spec.schema === 'pg_catalog') && canonicalBase(called[1]!.toLowerCase(), called[2]) !== undefined
      ? { ...unbracketed, name: called[1]!, args: called[2]! }
      : unbracketed;
  // PostgreSQL does not enforce array dimensions; format_type prints one `[]` for any of them.
  const arrays = t.arrays.length > 0 ? '[]' : '';
  if (t.schema === undefined || t.schema === 'public' || t.schema === 'pg_catalog') {
    const lower = t.name.toLowerCase();
    if (!isEnum(t.schema ?? 'public', t.name)) {
      const base = canonicalBase(lower, t.args);
      if (base !== undefined) return base + arrays;
    }
  }
  const schema = t.schema ?? 'public';
  // User and unknown types pass through with PostgreSQL's quoting.
  const name = qualifiedName(schema, t.name);
  return `${name}${t.args !== undefined ? `(${t.args})` : ''}${arrays}`;
}

/** The element type of an array type, or the type itself. */
function baseOf(type: string): string {
  return type.replace(/(\[\])+$/, '');
}

/** The type name a `'literal'::T` cast prints: type modifiers are dropped (`character varying`). */
export function castName(type: string): string {
  const base = baseOf(type);
  const arrays = type.slice(base.length);
  const stripped = base
    .replace(/^character varying\(\d+\)$/, 'character varying')
    .replace(/^character\(\d+\)$/, 'bpchar')
    .replace(/^numeric\(\d+,\d+\)$/, 'numeric')
    .replace(/^timestamp\(\d\) (with|without) time zone$/, 'timestamp $1 time zone')
    .replace(/^time\(\d\) (with|without) time zone$/, 'time $1 time zone')
    .replace(/^bit varying\(\d+\)$/, 'bit varying')
    .replace(/^bit\(\d+\)$/, '"bit"')
    .replace(/^interval\(\d\)$/, 'interval');
  return stripped + arrays;
}

const NUMERIC_TYPES = new Set(['integer', 'bigint', 'smallint', 'real', 'double precision', 'numeric', 'serial', 'bigserial', 'smallserial']);

function isNumericType(type: string): boolean {
  return NUMERIC_TYPES.has(type) || /^numeric\(/.test(type);
}

/** How PostgreSQL prints a non-negative numeric constant coerced to `type`. */
function numberForType(raw: string, type: string): string {
  const n = Number(raw);
  const isInt = Number.isInteger(n) && !/[.eE]/.test(raw);
  if (n < 0 && !/[eE]/.test(raw)) {
    // ruleutils prints negative constants quoted, with their type: '-5'::integer (also when the
    // column's type differs: -7.5 on an integer column reads back as '-7.5'::numeric).
    const constType = isInt ? (Math.abs(n) <= 2147483647 ? 'integer' : 'bigint') : 'numeric';
    return `'${raw}'::${constType}`;
  }
  if (!isInt && (type === 'integer' || type === 'bigint' || type === 'smallint')) return `${raw}`;
  if (/[eE]/.test(raw)) return String(n);
  return raw;
}

/** A DBML default value, as PostgreSQL will print the column default for `type`. */
export type DefaultInput =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly raw: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'expression'; readonly value: string };

/** The `pg_get_expr` form of a default for a column of canonical `type`. */
export function canonicalDefault(d: DefaultInput, type: string): string {
  switch (d.kind) {
    case 'boolean':
      return type === 'boolean' || type === 'text' ? (type === 'boolean' ? String(d.value) : `'${d.value}'::text`) : String(d.value);
    case 'number':
      if (isNumericType(type)) return numberForType(d.raw, type);
      if (type === 'boolean') return d.raw === '0' ? 'false' : 'true';
      return `${quoteLiteral(d.raw)}::${castName(type)}`;
    case 'string': {
      if (isNumericType(type) && /^-?\d+(\.\d+)?$/.test(d.value.trim())) return numberForType(d.value.trim(), type);
      if (type === 'boolean' && /^(t|true|f|false|yes|no|y|n|on|off|1|0)$/i.test(d.value.trim())) {
        return /^(t|true|yes|y|on|1)$/i.test(d.value.trim()) ? 'true' : 'false';
      }
      return `${quoteLiteral(d.value)}::${castName(type)}`;
    }
    case 'expression':
      return canonicalExpression(d.value);
  }
}

/** Light normalisation of an SQL expression as `pg_get_expr` would print it: outer parentheses
 * dropped, SQL-standard value functions upper-cased. Anything else is kept verbatim. */
export function canonicalExpression(expr: string): string {
  let e = expr.trim();
  while (e.startsWith('(') && e.endsWith(')') && balanced(e.slice(1, -1))) e = e.slice(1, -1).trim();
  const upper = e.toUpperCase();
  if (['CURRENT_TIMESTAMP', 'CURRENT_DATE', 'CURRENT_TIME', 'LOCALTIMESTAMP', 'LOCALTIME', 'CURRENT_USER', 'SESSION_USER', 'CURRENT_ROLE'].includes(upper)) return upper;
  if (/^now\(\s*\)$/i.test(e)) return 'now()';
  return e;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

export { quoteIdent };
