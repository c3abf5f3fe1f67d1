/** fast-check arbitraries for schema pairs: random but valid schemas over shared name pools (so
 * that two of them overlap like two versions of one database), with awkward identifiers, many
 * column types, defaults, identities, serials, enums, keys, indexes, foreign keys including
 * cycles and self-references, checks and comments. */
import fc from 'fast-check';
import { qualifiedName, quoteIdent, quoteLiteral } from '../src/model/identifiers.js';
import type { Column, Enum, ForeignKey, Index, Schema, Table } from '../src/model/types.js';

const TABLES = ['users', 'Orders', 'select', 'line items', 'ñandú', 'events'];
const COLUMNS = ['id', 'name', 'Amount', 'order', 'créé', 'flag', 'data', 'ref'];
const ENUMS = ['status', 'Mood'];
const VALUES = ['a', 'b', 'c', "it's", 'd'];
const COMMENTS = ["it's \\ ünïcode", 'plain', 'line\nbreak'];
const BASE_TYPES = ['integer', 'bigint', 'text', 'character varying(20)', 'character varying(40)', 'numeric(10,2)', 'numeric(12,2)', 'boolean', 'timestamp with time zone', 'date', 'uuid', 'jsonb', 'integer[]', 'serial'];

function defaultFor(type: string, g: fc.GeneratorValue, enums: readonly Enum[]): string | undefined {
  const e = enums.find((x) => qualifiedName(x.schema, x.name) === type);
  if (e) return `${quoteLiteral(g(fc.constantFrom, ...e.values))}::${type}`;
  switch (type) {
    case 'integer':
    case 'bigint':
      return g(fc.constantFrom, '0', '42');
    case 'text':
      return g(fc.constantFrom, "'x'::text", "'it''s'::text");
    case 'character varying(20)':
    case 'character varying(40)':
      return "'ab'::character varying";
    case 'numeric(10,2)':
    case 'numeric(12,2)':
      return '1.5';
    case 'boolean':
      return g(fc.constantFrom, 'true', 'false');
    case 'timestamp with time zone':
      return 'now()';
    case 'date':
      return 'CURRENT_DATE';
    case 'uuid':
      return 'gen_random_uuid()';
    case 'jsonb':
      return "'{}'::jsonb";
    case 'integer[]':
      return "'{}'::integer[]";
    default:
      return undefined;
  }
}

const NUMERIC = new Set(['integer', 'bigint', 'numeric(10,2)', 'numeric(12,2)']);
const fkType = (t: string) => (t === 'serial' ? 'integer' : t);

/** One random schema. */
export function genSchema(g: fc.GeneratorValue): Schema {
  const useExtra = g(fc.boolean);
  const schemaOf = () => (useExtra && g(fc.integer, { min: 0, max: 3 }) === 0 ? 'extra' : 'public');
  const enums: Enum[] = g(fc.subarray, ENUMS).map((name) => {
    const values = g(fc.shuffledSubarray, VALUES, { minLength: 1 });
    return { schema: schemaOf(), name, values, ...(g(fc.boolean) ? { comment: g(fc.constantFrom, ...COMMENTS) } : {}) };
  });
  const types = [...BASE_TYPES, ...enums.map((e) => qualifiedName(e.schema, e.name))];
  const names = g(fc.subarray, TABLES, { minLength: 1, maxLength: 4 });
  const drafts = names.map((name) => {
    const key = `k${TABLES.indexOf(name)}`;
    const colNames = g(fc.shuffledSubarray, COLUMNS, { minLength: 1, maxLength: 5 });
    const columns: Column[] = colNames.map((cn) => {
      const type = g(fc.constantFrom, ...types);
      const intLike = type === 'integer' || type === 'bigint';
      const identity = intLike && g(fc.integer, { min: 0, max: 5 }) === 0 ? g(fc.constantFrom, 'always' as const, 'by default' as const) : undefined;
      const serial = type === 'serial';
      const nullable = identity || serial ? false : g(fc.boolean);
      const def = identity || serial || !g(fc.boolean) ? undefined : defaultFor(type, g, enums);
      return {
        name: cn,
        type,
        nullable,
        ...(def !== undefined ? { default: def } : {}),
        ...(identity ? { identity } : {}),
        ...(g(fc.integer, { min: 0, max: 4 }) === 0 ? { comment: g(fc.constantFrom, ...COMMENTS) } : {}),
      };
    });
    return { schema: schemaOf(), name, key, columns };
  });
  const tables: Table[] = drafts.map((d) => {
    let columns = d.columns;
    const pkCol = g(fc.boolean) ? g(fc.constantFrom, ...columns.map((c) => c.name)) : undefined;
    if (pkCol) columns = columns.map((c) => (c.name === pkCol ? { ...c, nullable: false } : c));
    const uniques = g(fc.boolean)
      ? [
          {
            name: `${d.key}_u1`,
            columns: g(
              fc.subarray,
              columns.map((c) => c.name),
              { minLength: 1, maxLength: Math.min(2, columns.length) },
            ),
          },
        ]
      : [];
    const indexes: Index[] = g(fc.subarray, [1, 2], {}).map((n) => ({
      name: `${d.key}_ix${n}`,
      unique: g(fc.integer, { min: 0, max: 3 }) === 0,
      method: 'btree',
      parts: g(
        fc.subarray,
        columns.map((c) => c.name),
        { minLength: 1, maxLength: Math.min(2, columns.length) },
      ).map((name) => ({ kind: 'column' as const, name, ...(g(fc.integer, { min: 0, max: 3 }) === 0 ? { descending: true } : {}) })),
      include: [],
      ...(g(fc.integer, { min: 0, max: 3 }) === 0 ? { comment: g(fc.constantFrom, ...COMMENTS) } : {}),
    }));
    const numeric = columns.filter((c) => NUMERIC.has(c.type));
    const checks = numeric.length > 0 && g(fc.boolean) ? [{ name: `${d.key}_ck1`, expression: `${quoteIdent(numeric[0]!.name)} > 0` }] : [];
    return {
      schema: d.schema,
      name: d.name,
      columns,
      ...(pkCol ? { primaryKey: { name: `${d.key}_pkey`, columns: [pkCol] } } : {}),
      uniques,
      indexes,
      foreignKeys: [],
      checks,
      ...(g(fc.integer, { min: 0, max: 2 }) === 0 ? { comment: g(fc.constantFrom, ...COMMENTS) } : {}),
    };
  });
  // Foreign keys to single-column primary keys (self-references and cycles allowed); the
  // referencing column takes the referenced column's type.
  const withKeys = tables.filter((t) => t.primaryKey);
  const out = tables.map((t, i) => {
    if (withKeys.length === 0 || !g(fc.boolean)) return t;
    const target = g(fc.constantFrom, ...withKeys);
    const refCol = target.primaryKey!.columns[0]!;
    const refType = fkType(target.columns.find((c) => c.name === refCol)!.type);
    const col = g(fc.constantFrom, ...t.columns.map((c) => c.name));
    const own = t.columns.find((c) => c.name === col)!;
    const inCheck = t.checks.some((c) => c.expression.startsWith(`${quoteIdent(col)} `));
    if (own.identity || own.type === 'serial' || inCheck || t.primaryKey?.columns.includes(col)) return t;
    const columns = t.columns.map((c) => (c.name === col ? ({ ...c, type: refType, default: undefined } as Column) : c)).map((c) => JSON.parse(JSON.stringify(c)) as Column);
    const fk: ForeignKey = {
      name: `${drafts[i]!.key}_fk1`,
      columns: [col],
      refSchema: target.schema,
      refTable: target.name,
      refColumns: [refCol],
      onDelete: g(fc.constantFrom, 'NO ACTION' as const, 'CASCADE' as const, 'SET NULL' as const),
      onUpdate: 'NO ACTION',
      deferrable: false,
      initiallyDeferred: false,
    };
    return { ...t, columns, foreignKeys: [fk] };
  });
  const fixed = out;
  const schemas = [...new Set(['public', ...fixed.map((t) => t.schema), ...enums.map((e) => e.schema)])].sort();
  return { schemas, enums, tables: fixed };
}

/** Two random schemas over the same pools. */
export const schemaPair = fc.gen().map((g) => [genSchema(g), genSchema(g)] as const);
