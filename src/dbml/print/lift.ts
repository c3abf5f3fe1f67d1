/** Lifting: the schema model as a DBML document, for `gen pull`. Every name is written out, so
 * parsing the printed DBML gives back the same model. What DBML cannot say (identity ALWAYS,
 * deferrable or NOT VALID keys, index sort order, INCLUDE, WHERE, collations, generated
 * columns) is reported as a loss instead of being dropped silently. */
import { makeObjectName } from '../../model/naming.js';
import { canonicalDefault, castName } from '../../model/normalize.js';
import type { Column, Schema, Table } from '../../model/types.js';
import type { DbmlColumn, DbmlDefault, DbmlDocument, DbmlIndex, DbmlRef, DbmlTable, DbmlType } from '../document.js';

const NO_SPAN = { start: 0, end: 0 };

// Canonical spellings DBML users write more briefly; each parses back to the same canonical type.
const SHORT: [RegExp, string][] = [
  [/^character varying\((\d+)\)$/, 'varchar($1)'],
  [/^character varying$/, 'varchar'],
  [/^character\((\d+)\)$/, 'char($1)'],
  [/^timestamp with time zone$/, 'timestamptz'],
  [/^timestamp without time zone$/, 'timestamp'],
  [/^timestamp\((\d)\) with time zone$/, 'timestamptz($1)'],
  [/^timestamp\((\d)\) without time zone$/, 'timestamp($1)'],
  [/^time with time zone$/, 'timetz'],
  [/^time without time zone$/, 'time'],
  [/^time\((\d)\) with time zone$/, 'timetz($1)'],
  [/^time\((\d)\) without time zone$/, 'time($1)'],
  [/^double precision$/, 'float8'],
  [/^bit varying\((\d+)\)$/, 'varbit($1)'],
  [/^bit varying$/, 'varbit'],
];

/** A canonical type as a DBML type expression. */
export function dbmlTypeOf(canonical: string): DbmlType {
  const isArray = canonical.endsWith('[]');
  let base = canonical.replace(/(\[\])+$/, '');
  for (const [re, short] of SHORT) if (re.test(base)) base = base.replace(re, short);
  const arrays = isArray ? [''] : [];
  // `schema.name`, either part possibly quoted.
  const q = /^(?:("(?:[^"]|"")+"|[^".()]+)\.)?("(?:[^"]|"")+"|[^".()]+?)(?:\(([\s\S]*)\))?$/.exec(base);
  if (!q) return { name: base, arrays };
  const unq = (s: string) => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);
  return {
    ...(q[1] !== undefined ? { schema: unq(q[1]) } : {}),
    name: unq(q[2]!),
    ...(q[3] !== undefined ? { args: q[3].replace(/\s+/g, '') } : {}),
    arrays,
  };
}

/** A default in DBML form that lowers back to exactly `expr` for a column of `type`. */
function defaultOf(expr: string, type: string): DbmlDefault {
  // `[^]`, not `.`: a quoted type name may hold a line break.
  const str = /^'((?:[^']|'')*)'::([\s\S]+)$/.exec(expr);
  // Most natural form first: numbers and booleans, then strings, else the expression itself.
  const candidates: DbmlDefault[] = [];
  const neg = /^'(-[\d.]+)'::(integer|bigint|numeric)$/.exec(expr);
  if (neg) candidates.push({ kind: 'number', value: Number(neg[1]), raw: neg[1]! });
  if (/^\d+(\.\d+)?$/.test(expr)) candidates.push({ kind: 'number', value: Number(expr), raw: expr });
  if (expr === 'true' || expr === 'false') candidates.push({ kind: 'boolean', value: expr === 'true' });
  if (str && str[2] === castName(type)) candidates.push({ kind: 'string', value: str[1]!.replace(/''/g, "'") });
  for (const c of candidates) {
    const back = c.kind === 'number' ? canonicalDefault({ kind: 'number', raw: c.raw }, type) : c.kind === 'string' || c.kind === 'boolean' ? canonicalDefault(c, type) : undefined;
    if (back === expr) return c;
  }
  return { kind: 'expression', value: expr };
}

/** What `gen pull` could not express in DBML, one line each. */
export type Losses = string[];

function liftColumn(t: Table, c: Column, singlePk: boolean, uniqueKey: boolean, losses: Losses): DbmlColumn {
  const where = `${t.schema}.${t.name}.${c.name}`;
  if (c.identity === 'always') losses.push(`${where}: GENERATED ALWAYS AS IDENTITY is written as increment (BY DEFAULT)`);
  if (c.generated !== undefined) losses.push(`${where}: generated column (${c.generated}) is written as a plain column`);
  if (c.collation !== undefined) losses.push(`${where}: collation ${c.collation} is not written`);
  const dflt = c.default !== undefined ? defaultOf(c.default, c.type) : undefined;
  const writable = dflt === undefined || dflt.kind !== 'expression' || !dflt.value.includes('`');
  if (!writable) losses.push(`${where}: default ${c.default} holds a backtick, which a DBML expression cannot: left out`);
  return {
    name: c.name,
    type: dbmlTypeOf(c.type),
    pk: singlePk,
    unique: uniqueKey,
    ...(!c.nullable && !singlePk && c.identity === undefined && !/serial$/.test(c.type) ? { notNull: true } : {}),
    increment: c.identity !== undefined,
    ...(dflt !== undefined && writable ? { default: dflt } : {}),
    ...(c.comment !== undefined ? { note: c.comment } : {}),
    checks: [],
    custom: [],
  };
}

function liftTable(t: Table, losses: Losses): { table: DbmlTable; refs: DbmlRef[] } {
  // DBML has no table inheritance or partitioning (pull --out writes such tables in SQL).
  const parent = t.inherits?.[0];
  if (t.partitionBound !== undefined && parent !== undefined) losses.push(`${t.schema}.${t.name}: partition of ${parent.schema}.${parent.name} (${t.partitionBound}) is written as a plain table`);
  else if (parent !== undefined) losses.push(`${t.schema}.${t.name}: INHERITS (${(t.inherits ?? []).map((p) => `${p.schema}.${p.name}`).join(', ')}) is not written`);
  if (t.partitionBy !== undefined) losses.push(`${t.schema}.${t.name}: PARTITION BY ${t.partitionBy} is not written`);
  const pk = t.primaryKey;
  const singlePk = pk && pk.columns.length === 1 && pk.name === makeObjectName(t.name, undefined, 'pkey') ? pk.columns[0] : undefined;
  const isSimple = (u: Table['uniques'][number]) => u.columns.length === 1 && u.name === makeObjectName(t.name, u.columns[0], 'key') && !u.nullsNotDistinct;
  const simpleUniques = new Set(t.uniques.filter(isSimple).map((u) => u.columns[0]!));
  const indexes: DbmlIndex[] = [];
  if (pk && singlePk === undefined) indexes.push({ parts: pk.columns.map((name) => ({ kind: 'column', name })), pk: true, unique: false, name: pk.name, ...NO_SPAN });
  for (const u of t.uniques) {
    if (isSimple(u)) continue;
    losses.push(`${t.schema}.${t.name}: unique constraint ${u.name} is written as a unique index`);
    indexes.push({ parts: u.columns.map((name) => ({ kind: 'column', name })), pk: false, unique: true, name: u.name, ...NO_SPAN });
  }
  for (const ix of t.indexes) {
    if (ix.parts.some((p) => p.kind === 'expression' && p.expression.includes('`'))) {
      losses.push(`${t.schema}.${t.name}: index ${ix.name} has an expression holding a backtick, which a DBML expression cannot: left out`);
      continue;
    }
    if (ix.where !== undefined || ix.include.length > 0 || ix.parts.some((p) => p.descending || p.nullsFirst !== undefined) || ix.nullsNotDistinct) {
      losses.push(`${t.schema}.${t.name}: index ${ix.name} loses its sort order, INCLUDE, WHERE or NULLS NOT DISTINCT`);
    }
    indexes.push({
      parts: ix.parts.map((p) => (p.kind === 'column' ? { kind: 'column', name: p.name } : { kind: 'expression', value: p.expression })),
      pk: false,
      unique: ix.unique,
      name: ix.name,
      ...(ix.method !== 'btree' ? { type: ix.method } : {}),
      ...(ix.comment !== undefined ? { note: ix.comment } : {}),
      ...NO_SPAN,
    });
  }
  const refs: DbmlRef[] = t.foreignKeys.map((fk) => {
    if (fk.deferrable || fk.notValid) losses.push(`${t.schema}.${t.name}: foreign key ${fk.name} loses DEFERRABLE / NOT VALID`);
    const action = (a: string) => (a === 'NO ACTION' ? undefined : (a.toLowerCase() as DbmlRef['onDelete']));
    const onDelete = action(fk.onDelete);
    const onUpdate = action(fk.onUpdate);
    return {
      name: fk.name,
      op: '>',
      inactive: false,
      inline: false,
      span: NO_SPAN,
      // '' (unqualified) reads best for public; lifted tables have no aliases to confuse it with.
      left: { schema: t.schema === 'public' ? '' : t.schema, table: t.name, columns: fk.columns },
      right: { schema: fk.refSchema === 'public' ? '' : fk.refSchema, table: fk.refTable, columns: fk.refColumns },
      ...(onDelete ? { onDelete } : {}),
      ...(onUpdate ? { onUpdate } : {}),
    };
  });
  const table: DbmlTable = {
    schema: t.schema,
    name: t.name,
    custom: [],
    items: t.columns.map((c) => ({ kind: 'column' as const, ...liftColumn(t, c, c.name === singlePk, simpleUniques.has(c.name), losses) })),
    itemSpans: t.columns.flatMap(() => [0, 0]),
    indexes,
    checks: t.checks.flatMap((c) => {
      // A backtick ends a DBML expression and none can be escaped.
      if (c.expression.includes('`')) {
        losses.push(`${t.schema}.${t.name}: check ${c.name} holds a backtick, which a DBML expression cannot: left out`);
        return [];
      }
      if (c.notValid) losses.push(`${t.schema}.${t.name}: check ${c.name} is NOT VALID`);
      return [{ expression: c.expression, name: c.name }];
    }),
    ...(t.comment !== undefined ? { note: t.comment } : {}),
    span: NO_SPAN,
    nameSpan: NO_SPAN,
  };
  return { table, refs };
}

/** The schema as a DBML document, with the list of what DBML cannot express. */
export function lift(schema: Schema): { document: DbmlDocument; losses: Losses } {
  const losses: Losses = [];
  // DBML has no table without columns: a partition or a child table with no column of its own
  // is left out (pull --out writes it in SQL), and so are references to or from it.
  const empty = new Set(schema.tables.filter((t) => t.columns.length === 0).map((t) => `${t.schema}\u0000${t.name}`));
  for (const t of schema.tables) if (t.columns.length === 0) losses.push(`${t.schema}.${t.name}: no column of its own, not written`);
  const isEmpty = (schemaName: string, table: string) => empty.has(`${schemaName || 'public'}\u0000${table}`);
  const lifted = schema.tables
    .filter((t) => t.columns.length > 0)
    .map((t) => liftTable(t, losses))
    .map((l) => ({ ...l, refs: l.refs.filter((r) => !isEmpty(r.left.schema, r.left.table) && !isEmpty(r.right.schema, r.right.table)) }));
  return {
    document: {
      enums: schema.enums.map((e) => ({ schema: e.schema, name: e.name, values: e.values.map((name) => ({ name })) })),
      tables: lifted.map((l) => l.table),
      partials: [],
      refs: lifted.flatMap((l) => l.refs),
      groups: [],
      stickyNotes: [],
      views: [],
      records: [],
      uses: [],
    },
    losses,
  };
}
