/** The object keys of the dependency graph (graph.ts), and what each operation creates, drops
 * and needs by its own data. Call sites add what only they know (`PlanContext.add`'s `deps`):
 * the old objects a drop waits for, the key a foreign key leans on. Names are target names:
 * renames run first, and a rename drops the old name's key and creates the new one. */
import type { TableRef } from '../diff/changes.js';
import { isSerial } from '../model/normalize.js';
import { nextvalOf, ownedSequenceName } from '../model/sequence.js';
import { assertNever, type Column, type ForeignKey, type Index, type ObjectRef, type Schema, type SchemaObject, type Table } from '../model/types.js';
import { old, type Deps } from './graph.js';
import type { CommentTarget, Constraint, Op } from './types.js';

const part = (p: string) => `"${p.includes('"') ? p.replace(/"/g, '""') : p}"`;
const q = (parts: readonly string[]) => parts.map(part).join('.');

/** Key builders, one per kind of object. */
export const key = {
  schema: (name: string) => `schema:${q([name])}`,
  table: (t: TableRef) => `table:${q([t.schema, t.name])}`,
  column: (t: TableRef, column: string) => `column:${q([t.schema, t.name, column])}`,
  constraint: (t: TableRef, name: string) => `constraint:${q([t.schema, t.name, name])}`,
  index: (schema: string, name: string) => `index:${q([schema, name])}`,
  type: (schema: string, name: string) => `type:${q([schema, name])}`,
  sequence: (schema: string, name: string) => `sequence:${q([schema, name])}`,
  object: (o: Pick<SchemaObject, 'kind' | 'schema' | 'name' | 'table'>) => (o.kind === 'extension' ? `extension:${q([o.name])}` : `${o.kind}:${q([o.schema, o.table ?? '', o.name])}`),
};

const retyped = (columnKey: string) => `retyped:${columnKey}`;

/** What an object needs: its schema and what it depends on (a column with its table, and after
 * any change of its type). */
function objectNeeds(o: SchemaObject): string[] {
  return [key.schema(o.schema), ...(o.dependsOn ?? []).flatMap((r) => (r.kind === 'table' && r.column !== undefined ? [key.table(r), refKey(r), retyped(refKey(r))] : [refKey(r)]))];
}

/** The key of what an object depends on. */
export function refKey(r: ObjectRef): string {
  switch (r.kind) {
    case 'table':
      return r.column !== undefined ? key.column(r, r.column) : key.table(r);
    case 'enum':
      return key.type(r.schema, r.name);
    case 'sequence':
      return key.sequence(r.schema, r.name);
    default:
      return key.object(r);
  }
}

/** Enum type keys by canonical type name (PlanContext knows the schema's enums). */
export interface TypeKeys {
  typeKey(type: string): string | undefined;
}

/** The sequence a `nextval()` default calls. */
export function nextvalKey(expression: string | undefined): string | undefined {
  const target = expression !== undefined ? nextvalOf(expression) : undefined;
  if (target === undefined) return undefined;
  const [schema, name] = target.split('\u0000') as [string, string];
  return key.sequence(schema, name);
}

/** The keys that are there (a lookup may find none). */
export const defined = (xs: readonly (string | undefined)[]): string[] => xs.filter((x): x is string => x !== undefined);

/** What a column needs: its type (an enum) and the sequence its default calls. */
export function columnNeeds(types: TypeKeys, c: Pick<Column, 'type' | 'default'>): string[] {
  return defined([types.typeKey(c.type), nextvalKey(c.default)]);
}

/** CREATE TABLE: the table and the constraints written inline (each index-backed one with its
 * index); it needs its schema, enum types, sequences, parents and the tables its inline foreign
 * keys reference (created before it). Its columns are not keys of their own (a large schema has
 * many): a step on a column needs the column's table too, which orders it after the table. */
function createTable(types: TypeKeys, t: Table, foreignKeys: Extract<Op, { op: 'createTable' }>['foreignKeys']): Deps {
  const ref = { schema: t.schema, name: t.name };
  const backed = [...(t.primaryKey ? [t.primaryKey] : []), ...t.uniques, ...(t.exclusions ?? [])];
  return {
    creates: [key.table(ref), ...defined(t.columns.map((c) => ownedSequence(ref, c))), ...[...backed, ...t.checks, ...foreignKeys].map((c) => key.constraint(ref, c.name)), ...backed.map((c) => key.index(t.schema, c.name))],
    needs: [key.schema(t.schema), ...t.columns.flatMap((c) => columnNeeds(types, c)), ...(t.inherits ?? []).map((p) => key.table(p)), ...foreignKeys.map((f) => key.table({ schema: f.refSchema, name: f.refTable }))],
  };
}

/** The columns an index lists (expressions are not read). */
export function indexColumns(t: TableRef, ix: Index): string[] {
  return [...ix.parts.flatMap((p) => (p.kind === 'column' ? [p.name] : [])), ...ix.include].map((c) => key.column(t, c));
}

const tableMaps = new WeakMap<Schema, Map<string, Table>>();

/** A schema's tables by schema and name, built once per schema (a plan looks up every FK). */
function tablesOf(schema: Schema): Map<string, Table> {
  let m = tableMaps.get(schema);
  if (m === undefined) tableMaps.set(schema, (m = new Map(schema.tables.map((t) => [`${t.schema}\u0000${t.name}`, t]))));
  return m;
}

/** The keys a foreign key may lean on in `schema`: a primary key, unique constraint or unique
 * index (whole columns, no predicate) over exactly its referenced columns. PostgreSQL picks
 * one; any of them blocks a drop, so all are named. */
export function referencedKeys(schema: Schema, f: ForeignKey): string[] {
  const t = tablesOf(schema).get(`${f.refSchema}\u0000${f.refTable}`);
  if (t === undefined) return [];
  const wanted = [...f.refColumns].sort().join('\u0000');
  const same = (cols: readonly string[]) => [...cols].sort().join('\u0000') === wanted;
  const keys = [...(t.primaryKey ? [t.primaryKey] : []), ...t.uniques].filter((k) => same(k.columns)).map((k) => key.constraint(t, k.name));
  const indexes = t.indexes.filter((ix) => ix.unique && ix.where === undefined && ix.parts.every((p) => p.kind === 'column') && same(ix.parts.map((p) => (p.kind === 'column' ? p.name : ''))));
  return [...keys, ...indexes.map((ix) => key.index(t.schema, ix.name))];
}

/** ADD CONSTRAINT: the constraint (and the index behind a key) on the columns it lists. */
function addConstraint(t: TableRef, c: Constraint, usingIndex: string | undefined): Deps {
  const table = [key.schema(t.schema), key.table(t)];
  switch (c.type) {
    case 'primaryKey':
    case 'unique': {
      const k = c.type === 'primaryKey' ? c.primaryKey : c.unique;
      const ix = key.index(t.schema, k.name);
      // USING INDEX adopts an index built beforehand (under the same name).
      return { creates: [key.constraint(t, k.name), ...(usingIndex === undefined ? [ix] : [])], needs: [...table, ...k.columns.map((x) => key.column(t, x)), ...(usingIndex !== undefined ? [key.index(t.schema, usingIndex)] : [])] };
    }
    case 'exclusion':
      return { creates: [key.constraint(t, c.exclusion.name), key.index(t.schema, c.exclusion.name)], needs: table };
    case 'check':
      return { creates: [key.constraint(t, c.check.name)], needs: table };
    case 'foreignKey': {
      const f = c.foreignKey;
      const target = { schema: f.refSchema, name: f.refTable };
      return { creates: [key.constraint(t, f.name)], needs: [...table, ...f.columns.map((x) => key.column(t, x)), key.table(target), ...f.refColumns.map((x) => key.column(target, x))] };
    }
    default:
      return assertNever(c, 'plan');
  }
}

function commentTarget(target: CommentTarget): string[] {
  switch (target.kind) {
    case 'schema':
      return [key.schema(target.name)];
    case 'table':
      return [key.schema(target.table.schema), key.table(target.table)];
    case 'column':
      return [key.schema(target.table.schema), key.table(target.table), key.column(target.table, target.column)];
    case 'index':
      return [key.schema(target.schema), key.index(target.schema, target.name)];
    case 'constraint':
      return [key.schema(target.table.schema), key.table(target.table), key.constraint(target.table, target.name)];
    case 'type':
      return [key.schema(target.schema), key.type(target.schema, target.name)];
    case 'sequence':
      return [key.schema(target.schema), key.sequence(target.schema, target.name)];
    case 'object':
      return [key.object(target.object)];
    default:
      return assertNever(target, 'plan');
  }
}

/** What `op` creates, drops and needs, as far as its own data says. */
export function opDeps(op: Op, types: TypeKeys): Deps {
  switch (op.op) {
    case 'setTimeouts':
    case 'refuse':
      return {};
    case 'createSchema':
      return { creates: [key.schema(op.name)] };
    case 'dropSchema':
      return { drops: [key.schema(op.name)] };
    case 'createEnum':
      return { creates: [key.type(op.enum.schema, op.enum.name)], needs: [key.schema(op.enum.schema)] };
    case 'dropEnum':
      return { drops: [key.type(op.schema, op.name)], needs: [key.schema(op.schema)] };
    case 'renameEnum':
      return { drops: [key.type(op.schema, op.name)], creates: [key.type(op.schema, op.to)], needs: [key.schema(op.schema)] };
    case 'addEnumValue':
    case 'renameEnumValue':
      // On the type as it exists: before a rebuild moves it aside and creates its successor.
      return { needs: [key.schema(op.schema), old(key.type(op.schema, op.name))] };
    case 'dropIndex':
      return { drops: [key.index(op.schema, op.name)], needs: [key.schema(op.schema)] };
    case 'renameIndex':
      return { drops: [key.index(op.schema, op.from)], creates: [key.index(op.schema, op.to)], needs: [key.schema(op.schema)] };
    case 'alterIndexStorage':
      return { needs: [key.schema(op.schema), key.index(op.schema, op.name)] };
    case 'comment':
      return { needs: commentTarget(op.target) };
    case 'createSequence':
      return { creates: [key.sequence(op.sequence.schema, op.sequence.name)], needs: [key.schema(op.sequence.schema)] };
    case 'alterSequence':
      return { needs: [key.schema(op.schema), key.sequence(op.schema, op.name)] };
    case 'setSequenceOwner':
      return {
        needs: [key.schema(op.schema), key.sequence(op.schema, op.name), ...(op.ownedBy ? [key.table({ schema: op.schema, name: op.ownedBy.table }), key.column({ schema: op.schema, name: op.ownedBy.table }, op.ownedBy.column)] : [])],
      };
    case 'renameSequence':
      return { drops: [key.sequence(op.schema, op.from)], creates: [key.sequence(op.schema, op.to)], needs: [key.schema(op.schema)] };
    case 'dropSequence':
      return { drops: [key.sequence(op.schema, op.name)], needs: [key.schema(op.schema)] };
    default:
      return tableOpDeps(op, types);
  }
}

type TableOp = Exclude<
  Op,
  {
    op:
      | 'setTimeouts'
      | 'refuse'
      | 'createSchema'
      | 'dropSchema'
      | 'createEnum'
      | 'dropEnum'
      | 'renameEnum'
      | 'addEnumValue'
      | 'renameEnumValue'
      | 'dropIndex'
      | 'renameIndex'
      | 'alterIndexStorage'
      | 'comment'
      | 'createSequence'
      | 'alterSequence'
      | 'setSequenceOwner'
      | 'renameSequence'
      | 'dropSequence';
  }
>;

/** Operations on a table, its columns and what hangs on them: each needs its schema and table. */
function tableOpDeps(op: TableOp, types: TypeKeys): Deps {
  const onTable = (t: TableRef) => [key.schema(t.schema), key.table(t)];
  const onColumn = (t: TableRef, c: string) => [...onTable(t), key.column(t, c)];
  switch (op.op) {
    case 'assertEnumValuesUnused':
      // Reads the rows while the type still has its old values: before it moves aside.
      return { needs: [key.schema(op.schema), old(key.type(op.schema, op.name)), ...op.columns.flatMap((c) => onColumn(c.table, c.column))] };
    case 'createTable':
      return createTable(types, op.table, op.foreignKeys);
    case 'dropTable':
      return { drops: [key.table(op.table)], needs: [key.schema(op.table.schema)] };
    case 'renameTable':
      return { drops: [key.table(op.table)], creates: [key.table({ schema: op.table.schema, name: op.to })], needs: [key.schema(op.table.schema)] };
    case 'addColumn':
      return { creates: [key.column(op.table, op.column.name), ...defined([ownedSequence(op.table, op.column)])], needs: [...onTable(op.table), ...columnNeeds(types, op.column)] };
    case 'dropColumn':
      return { drops: [key.column(op.table, op.column)], needs: onTable(op.table) };
    case 'renameColumn':
      return { drops: [key.column(op.table, op.from)], creates: [key.column(op.table, op.to)], needs: onTable(op.table) };
    case 'alterColumnType':
      // `retyped:` orders an object that uses the column (re-created around the change) after it.
      return { creates: [retyped(key.column(op.table, op.column))], needs: [...onColumn(op.table, op.column), ...defined([types.typeKey(op.type)])] };
    case 'setDefault':
      return { needs: [...onColumn(op.table, op.column), ...defined([nextvalKey(op.expression)])] };
    case 'dropDefault':
    case 'setNotNull':
    case 'dropNotNull':
    case 'setIdentityOptions':
    case 'setIdentity':
    case 'dropIdentity':
    case 'dropExpression':
    case 'addSerial':
    case 'dropSerial':
    case 'addIdentity':
    case 'setColumnStorage':
    case 'setColumnCompression':
    case 'addNotNullCheck':
      return opColumnDeps(op, onColumn(op.table, op.column));
    case 'addConstraint':
      return addConstraint(op.table, op.constraint, op.usingIndex);
    case 'validateConstraint':
    case 'alterConstraintDeferrable':
      return { needs: [...onTable(op.table), key.constraint(op.table, op.name)] };
    case 'dropConstraint':
      return { drops: [key.constraint(op.table, op.name)], needs: onTable(op.table) };
    case 'renameConstraint':
      return { drops: [key.constraint(op.table, op.from)], creates: [key.constraint(op.table, op.to)], needs: onTable(op.table) };
    case 'renameNotNull':
    case 'setLogged':
    case 'setStorageParameters':
    case 'setAccessMethod':
      return { needs: onTable(op.table) };
    case 'setReplicaIdentity':
      return { needs: [...onTable(op.table), ...(typeof op.identity === 'object' ? [key.index(op.table.schema, op.identity.index)] : [])] };
    case 'inherit':
    case 'noInherit':
    case 'attachPartition':
    case 'detachPartition':
      return { needs: [...onTable(op.table), key.table(op.parent)] };
    case 'createIndex':
      return { creates: [key.index(op.table.schema, op.index.name)], needs: [...onTable(op.table), ...indexColumns(op.table, op.index)] };
    case 'createObject':
      return { creates: [key.object(op.object)], needs: objectNeeds(op.object) };
    case 'replaceObject':
    case 'alterObjectParts':
      return { needs: [key.object(op.object), ...objectNeeds(op.object)] };
    case 'dropObject':
      return { drops: [key.object(op.object)], needs: objectNeeds(op.object).map(old) };
    default:
      return assertNever(op, 'plan');
  }
}

type ColumnOp = Extract<
  Op,
  { op: 'dropDefault' | 'setNotNull' | 'dropNotNull' | 'setIdentityOptions' | 'setIdentity' | 'dropIdentity' | 'dropExpression' | 'addSerial' | 'dropSerial' | 'addIdentity' | 'setColumnStorage' | 'setColumnCompression' | 'addNotNullCheck' }
>;

/** Column attribute steps: the column, plus the sequence or constraint some of them make. */
function opColumnDeps(op: ColumnOp, needs: string[]): Deps {
  switch (op.op) {
    case 'addIdentity':
      return { creates: [key.sequence(op.table.schema, op.options?.sequenceName ?? ownedSequenceName(op.table.name, op.column))], needs };
    case 'addSerial':
      return { creates: [key.sequence(op.table.schema, ownedSequenceName(op.table.name, op.column))], needs };
    case 'dropSerial':
      return { drops: [key.sequence(op.table.schema, ownedSequenceName(op.table.name, op.column))], needs };
    case 'addNotNullCheck':
      return { creates: [key.constraint(op.table, op.name)], needs };
    default:
      return { needs };
  }
}

/** The sequence SERIAL or an identity makes for a column. */
export function ownedSequence(t: TableRef, c: Pick<Column, 'name' | 'type' | 'identity' | 'identityOptions'>): string | undefined {
  if (c.identity !== undefined) return key.sequence(t.schema, c.identityOptions?.sequenceName ?? ownedSequenceName(t.name, c.name));
  return isSerial(c.type) ? key.sequence(t.schema, ownedSequenceName(t.name, c.name)) : undefined;
}
