/** SQL for the definitions inside statements: columns, constraints, indexes. */
import type { SequenceSettings } from '../model/sequence.js';
import { assertNever, type Column, type ForeignKey, type IdentityOptions, type Index, type IndexPart, type PrimaryKey } from '../model/types.js';
import type { Constraint } from '../plan/types.js';
import { ident, identList, literal, qualified } from './quote.js';

/** `name = 'value', ...` of `name=value` parameters (reloptions, operator class options). */
export function parameterList(params: readonly string[]): string {
  return params
    .map((p) => {
      const eq = p.indexOf('=');
      // A string literal keeps the value's text exactly as reloptions holds it.
      return eq === -1 ? parameterName(p) : `${parameterName(p)} = ${literal(p.slice(eq + 1))}`;
    })
    .join(', ');
}

/** A storage parameter's name (`name=value` or a bare name): `name` or `toast.name`, each part quoted. */
export function parameterName(p: string): string {
  const eq = p.indexOf('=');
  const name = eq === -1 ? p : p.slice(0, eq);
  return name.startsWith('toast.') ? `toast.${ident(name.slice(6))}` : ident(name);
}

/** ` DEFERRABLE [INITIALLY DEFERRED]`, or nothing. */
function deferrability(x: { deferrable?: boolean; initiallyDeferred?: boolean }): string {
  return x.deferrable ? (x.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE') : '';
}

/** ` INCLUDE (...) WITH (...)` of a primary key or unique constraint. */
function keyOptions(k: PrimaryKey): string {
  let s = '';
  if (k.include !== undefined && k.include.length > 0) s += ` INCLUDE (${identList(k.include)})`;
  if (k.storageParameters !== undefined && k.storageParameters.length > 0) s += ` WITH (${parameterList(k.storageParameters)})`;
  return s;
}

/** A collation's name, schema-qualified when it is not in `pg_catalog`. */
export const collationName = (name: string, schema: string | undefined) => (schema !== undefined ? qualified(schema, name) : ident(name));

/** A column definition as in CREATE TABLE / ADD COLUMN. */
export function columnDefinition(c: Column): string {
  let s = `${ident(c.name)} ${c.type}`;
  if (c.compression !== undefined) s += ` COMPRESSION ${ident(c.compression)}`;
  if (c.collation !== undefined) s += ` COLLATE ${collationName(c.collation, c.collationSchema)}`;
  if (c.generated !== undefined) s += ` GENERATED ALWAYS AS (${c.generated}) ${c.virtual ? 'VIRTUAL' : 'STORED'}`;
  if (c.identity !== undefined) s += ` GENERATED ${c.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${identityOptionList(c.identityOptions)}`;
  if (!c.nullable) s += c.notNullName !== undefined ? ` CONSTRAINT ${ident(c.notNullName)} NOT NULL` : ' NOT NULL';
  if (c.default !== undefined) s += ` DEFAULT ${c.default}`;
  return s;
}

/** `REFERENCES ...` and its actions. */
function references(f: ForeignKey): string {
  let s = `FOREIGN KEY (${identList(f.columns)}) REFERENCES ${qualified(f.refSchema, f.refTable)} (${identList(f.refColumns)})`;
  if (f.matchFull) s += ' MATCH FULL';
  if (f.onUpdate !== 'NO ACTION') s += ` ON UPDATE ${f.onUpdate}`;
  if (f.onDelete !== 'NO ACTION') s += ` ON DELETE ${f.onDelete}`;
  if (f.onDeleteColumns !== undefined && f.onDeleteColumns.length > 0) s += ` (${identList(f.onDeleteColumns)})`;
  return s + deferrability(f);
}

/** `CONSTRAINT name ...` (without NOT VALID / USING INDEX, which the statement adds). */
export function constraintDefinition(c: Constraint): string {
  switch (c.type) {
    case 'primaryKey':
      return `CONSTRAINT ${ident(c.primaryKey.name)} PRIMARY KEY (${identList(c.primaryKey.columns)})${keyOptions(c.primaryKey)}${deferrability(c.primaryKey)}`;
    case 'unique':
      return `CONSTRAINT ${ident(c.unique.name)} UNIQUE${c.unique.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''} (${identList(c.unique.columns)})${keyOptions(c.unique)}${deferrability(c.unique)}`;
    case 'foreignKey':
      return `CONSTRAINT ${ident(c.foreignKey.name)} ${references(c.foreignKey)}`;
    case 'check':
      return `CONSTRAINT ${ident(c.check.name)} CHECK (${c.check.expression})${c.check.noInherit ? ' NO INHERIT' : ''}`;
    case 'exclusion':
      // The definition is PostgreSQL's own text (pg_get_constraintdef), deferrability included.
      return `CONSTRAINT ${ident(c.exclusion.name)} ${c.exclusion.definition}`;
    default:
      return assertNever(c, 'render');
  }
}

/** The constraint name of an ADD CONSTRAINT ... USING INDEX (PRIMARY KEY or UNIQUE only). */
export function usingIndexDefinition(c: Constraint, index: string): string {
  const name = c.type === 'primaryKey' ? c.primaryKey.name : c.type === 'unique' ? c.unique.name : '';
  if (c.type !== 'primaryKey' && c.type !== 'unique') throw new Error(`render: USING INDEX needs a primary key or unique constraint, not ${c.type}`);
  return `CONSTRAINT ${ident(name)} ${c.type === 'primaryKey' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${ident(index)}${deferrability(c.type === 'primaryKey' ? c.primaryKey : c.unique)}`;
}

/** CREATE INDEX. */
export function createIndex(schema: string, table: string, ix: Index, concurrently: boolean): string {
  const parts = ix.parts.map((p) => {
    let s = p.kind === 'column' ? ident(p.name) : `(${p.expression})`;
    s += keyClassAndCollation(p);
    if (p.descending) s += ' DESC';
    if (p.nullsFirst !== undefined && p.nullsFirst !== (p.descending === true)) s += p.nullsFirst ? ' NULLS FIRST' : ' NULLS LAST';
    return s;
  });
  let s = `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX ${concurrently ? 'CONCURRENTLY ' : ''}${ident(ix.name)} ON ${qualified(schema, table)}`;
  if (ix.method !== 'btree') s += ` USING ${ident(ix.method)}`;
  s += ` (${parts.join(', ')})`;
  if (ix.include.length > 0) s += ` INCLUDE (${identList(ix.include)})`;
  if (ix.nullsNotDistinct) s += ' NULLS NOT DISTINCT';
  if (ix.storageParameters !== undefined && ix.storageParameters.length > 0) s += ` WITH (${parameterList(ix.storageParameters)})`;
  if (ix.where !== undefined) s += ` WHERE ${ix.where}`;
  return s;
}

/** Sequence option clauses (`AS smallint`, `INCREMENT BY 5`, `NO CYCLE`, ...) for the settings given. */
export function sequenceClauses(s: SequenceSettings): string[] {
  const out: string[] = [];
  if (s.type !== undefined) out.push(`AS ${s.type}`);
  if (s.increment !== undefined) out.push(`INCREMENT BY ${integer(s.increment)}`);
  if (s.min !== undefined) out.push(`MINVALUE ${integer(s.min)}`);
  if (s.max !== undefined) out.push(`MAXVALUE ${integer(s.max)}`);
  if (s.start !== undefined) out.push(`START WITH ${integer(s.start)}`);
  if (s.cache !== undefined) out.push(`CACHE ${integer(s.cache)}`);
  if (s.cycle !== undefined) out.push(s.cycle ? 'CYCLE' : 'NO CYCLE');
  return out;
}

/** ` (SEQUENCE NAME n START WITH ...)` for an identity column's options, or nothing. The name is
 * unqualified: an identity sequence lives in its table's schema. */
export function identityOptionList(o: IdentityOptions | undefined): string {
  if (o === undefined) return '';
  const { sequenceName, ...options } = o;
  const clauses = [...(sequenceName !== undefined ? [`SEQUENCE NAME ${ident(sequenceName)}`] : []), ...sequenceClauses(options)];
  return clauses.length > 0 ? ` (${clauses.join(' ')})` : '';
}

/** A sequence option value: an integer, checked so that nothing else reaches the script. */
export function integer(v: string): string {
  if (!/^-?\d+$/.test(v)) throw new Error(`render: ${JSON.stringify(v)} is not an integer`);
  return v;
}

/** ` COLLATE c opclass (params)` of one index key, each part only when set. */
function keyClassAndCollation(p: IndexPart): string {
  let s = '';
  if (p.collation !== undefined) s += ` COLLATE ${collationName(p.collation, p.collationSchema)}`;
  if (p.opclass !== undefined) s += ` ${p.opclassSchema !== undefined ? qualified(p.opclassSchema, p.opclass) : ident(p.opclass)}`;
  if (p.opclassParameters !== undefined && p.opclassParameters.length > 0) s += ` (${parameterList(p.opclassParameters)})`;
  return s;
}
