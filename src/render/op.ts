/** One plan operation → its SQL statements (without the trailing semicolon). */
import { assertNever, type SchemaObject } from '../model/types.js';
import type { CommentTarget, Op } from '../plan/types.js';
import { makeObjectName, STOCK_PUBLIC_COMMENT } from '../model/naming.js';
import { printable } from '../model/identifiers.js';
import { nonDefaultOptions, sequenceValues } from '../model/sequence.js';
import { collationName, columnDefinition, constraintDefinition, createIndex, identityOptionList, integer, parameterList, parameterName, sequenceClauses, usingIndexDefinition } from './ddl.js';
import { dollarQuote, ident, literal, qualified } from './quote.js';

const alter = (t: { schema: string; name: string }) => `ALTER TABLE ${qualified(t.schema, t.name)}`;

/** A routine's statements with check_function_bodies off around them (pg_dump's way): a SQL
 * function's body may name a table created later in the same migration. */
function routine(o: SchemaObject, create: readonly string[]): string[] {
  if (o.kind !== 'function' && o.kind !== 'procedure') return [...create];
  return ['SET check_function_bodies = false', ...create, 'RESET check_function_bodies'];
}

function commentTarget(t: CommentTarget): string {
  switch (t.kind) {
    case 'table':
      return `TABLE ${qualified(t.table.schema, t.table.name)}`;
    case 'column':
      return `COLUMN ${qualified(t.table.schema, t.table.name)}.${ident(t.column)}`;
    case 'index':
      return `INDEX ${qualified(t.schema, t.name)}`;
    case 'constraint':
      return `CONSTRAINT ${ident(t.name)} ON ${qualified(t.table.schema, t.table.name)}`;
    case 'type':
      return `TYPE ${qualified(t.schema, t.name)}`;
    case 'sequence':
      return `SEQUENCE ${qualified(t.schema, t.name)}`;
    case 'schema':
      return `SCHEMA ${ident(t.name)}`;
    case 'object':
      // Built by the server (format's %I) when the object was read; kinds without comments
      // of their own (row security) never get a comment change.
      return t.object.commentOn ?? '';
    default:
      return assertNever(t, 'render');
  }
}

/** The SQL of one operation.
 * @long one case per operation kind, each a few lines of SQL: a table to read by kind. */
export function statements(op: Op): string[] {
  switch (op.op) {
    case 'setTimeouts':
      return [`SET lock_timeout = ${literal(op.lockTimeout)}`, `SET statement_timeout = ${literal(op.statementTimeout)}`];
    case 'createSchema':
      return [`CREATE SCHEMA ${ident(op.name)}`];
    case 'dropSchema':
      return [`DROP SCHEMA ${ident(op.name)}`];
    case 'createEnum':
      return [`CREATE TYPE ${qualified(op.enum.schema, op.enum.name)} AS ENUM (${op.enum.values.map(literal).join(', ')})`];
    case 'dropEnum':
      return [`DROP TYPE ${qualified(op.schema, op.name)}`];
    case 'renameEnum':
      return [`ALTER TYPE ${qualified(op.schema, op.name)} RENAME TO ${ident(op.to)}`];
    case 'addEnumValue': {
      const where = op.before !== undefined ? ` BEFORE ${literal(op.before)}` : op.after !== undefined ? ` AFTER ${literal(op.after)}` : '';
      return [`ALTER TYPE ${qualified(op.schema, op.name)} ADD VALUE ${literal(op.value)}${where}`];
    }
    case 'renameEnumValue':
      return [`ALTER TYPE ${qualified(op.schema, op.name)} RENAME VALUE ${literal(op.from)} TO ${literal(op.to)}`];
    case 'assertEnumValuesUnused': {
      // Compared as text: the check must not depend on the type it is about to replace.
      const values = `ARRAY[${op.values.map(literal).join(', ')}]`;
      const checks = op.columns.map((c) => {
        const col = ident(c.column);
        const message = literal(printable(`${c.table.schema}.${c.table.name}.${c.column} still holds a value removed from enum ${op.schema}.${op.name}; update those rows first`));
        const test = c.array ? `${col}::text[] && ${values}` : `${col}::text = ANY (${values})`;
        // The message is a parameter: RAISE reads `%` in its format string as a placeholder.
        return `  IF EXISTS (SELECT 1 FROM ${qualified(c.table.schema, c.table.name)} WHERE ${test}) THEN\n    RAISE EXCEPTION '%', ${message};\n  END IF;`;
      });
      return [`DO ${dollarQuote(`BEGIN\n${checks.join('\n')}\nEND`)}`];
    }
    case 'createTable': {
      const t = op.table;
      const lines = t.columns.map((c) => `  ${columnDefinition(c)}`);
      if (t.primaryKey) lines.push(`  ${constraintDefinition({ type: 'primaryKey', primaryKey: t.primaryKey })}`);
      for (const u of t.uniques) lines.push(`  ${constraintDefinition({ type: 'unique', unique: u })}`);
      for (const c of t.checks) lines.push(`  ${constraintDefinition({ type: 'check', check: { ...c, notValid: undefined } })}`);
      for (const f of op.foreignKeys) lines.push(`  ${constraintDefinition({ type: 'foreignKey', foreignKey: f })}`);
      const parent = t.partitionBound !== undefined ? t.inherits?.[0] : undefined;
      const inherits = parent === undefined && t.inherits !== undefined && t.inherits.length > 0 ? ` INHERITS (${t.inherits.map((p) => qualified(p.schema, p.name)).join(', ')})` : '';
      const partitionBy = t.partitionBy !== undefined ? ` PARTITION BY ${t.partitionBy}` : '';
      const using = t.accessMethod !== undefined ? ` USING ${ident(t.accessMethod)}` : '';
      const params = t.storageParameters !== undefined && t.storageParameters.length > 0 ? ` WITH (${parameterList(t.storageParameters)})` : '';
      for (const x of t.exclusions ?? []) lines.push(`  ${constraintDefinition({ type: 'exclusion', exclusion: x })}`);
      const body = lines.length > 0 ? `(\n${lines.join(',\n')}\n)` : '()';
      const unlogged = t.unlogged ? 'UNLOGGED ' : '';
      // A partition takes its columns from its parent; the list holds only its own constraints.
      if (parent !== undefined) return [`CREATE ${unlogged}TABLE ${qualified(t.schema, t.name)} PARTITION OF ${qualified(parent.schema, parent.name)}${lines.length > 0 ? ` ${body}` : ''} ${t.partitionBound}${partitionBy}${using}${params}`];
      return [`CREATE ${unlogged}TABLE ${qualified(t.schema, t.name)} ${body}${inherits}${partitionBy}${using}${params}`];
    }
    case 'dropTable':
      return [`DROP TABLE ${qualified(op.table.schema, op.table.name)}`];
    case 'renameTable':
      return [`${alter(op.table)} RENAME TO ${ident(op.to)}`];
    case 'addColumn':
      return [`${alter(op.table)} ADD COLUMN ${columnDefinition(op.column)}`];
    case 'dropColumn':
      return [`${alter(op.table)} DROP COLUMN ${ident(op.column)}`];
    case 'renameColumn':
      return [`${alter(op.table)} RENAME COLUMN ${ident(op.from)} TO ${ident(op.to)}`];
    case 'alterColumnType': {
      const col = ident(op.column);
      const collate = op.collation !== undefined ? ` COLLATE ${collationName(op.collation, op.collationSchema)}` : '';
      const using = op.conversion === 'cast' ? ` USING ${col}::${op.type}` : op.conversion === 'via-text' ? ` USING ${col}::text::${op.type}` : op.conversion === 'via-text-array' ? ` USING ${col}::text[]::${op.type}` : '';
      return [`${alter(op.table)} ALTER COLUMN ${col} TYPE ${op.type}${collate}${using}`];
    }
    case 'setDefault':
      return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} SET DEFAULT ${op.expression}`];
    case 'dropDefault':
      return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} DROP DEFAULT`];
    case 'setNotNull':
      return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} SET NOT NULL`];
    case 'dropNotNull':
      return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} DROP NOT NULL`];
    case 'addIdentity': {
      const out = [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} ADD GENERATED ${op.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${identityOptionList(op.options)}`];
      // The new sequence starts at 1 (or its START): move it past the values the column holds.
      if (op.restart) out.push(op.start === undefined ? restartSequence(op.table, op.column) : restartPast(op.table, op.column, op.start, op.descending === true));
      return out;
    }
    case 'setIdentityOptions': {
      const set = sequenceClauses(op.settings)
        .map((c) => `SET ${c}`)
        .join(' ');
      const stmt = `${alter(op.table)} ALTER COLUMN ${ident(op.column)} ${set}`;
      return [op.restartOutside ? restartOutside(qualified(op.table.schema, op.sequence), stmt, op.restartOutside) : stmt];
    }
    case 'createSequence': {
      const s = op.sequence;
      const values = sequenceValues(s);
      const clauses = sequenceClauses({ ...(s.type !== 'bigint' ? { type: s.type } : {}), ...nonDefaultOptions(values) });
      return [`CREATE SEQUENCE ${qualified(s.schema, s.name)}${clauses.length > 0 ? ` ${clauses.join(' ')}` : ''}`];
    }
    case 'alterSequence': {
      const stmt = `ALTER SEQUENCE ${qualified(op.schema, op.name)} ${sequenceClauses(op.settings).join(' ')}`;
      return [op.restartOutside ? restartOutside(qualified(op.schema, op.name), stmt, op.restartOutside) : stmt];
    }
    case 'setSequenceOwner':
      return [`ALTER SEQUENCE ${qualified(op.schema, op.name)} OWNED BY ${op.ownedBy ? `${qualified(op.schema, op.ownedBy.table)}.${ident(op.ownedBy.column)}` : 'NONE'}`];
    case 'renameSequence':
      return [`ALTER SEQUENCE ${qualified(op.schema, op.from)} RENAME TO ${ident(op.to)}`];
    case 'dropSequence':
      return [`DROP SEQUENCE ${qualified(op.schema, op.name)}`];
    case 'setIdentity':
      return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} SET GENERATED ${op.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT'}`];
    case 'dropIdentity':
      return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} DROP IDENTITY`];
    case 'dropExpression':
      return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} DROP EXPRESSION`];
    case 'addSerial': {
      // The name PostgreSQL gives a serial column's sequence (de-duplication aside).
      const seq = makeObjectName(op.table.name, op.column, 'seq');
      const q = qualified(op.table.schema, seq);
      return [
        `CREATE SEQUENCE ${q} AS ${op.type} OWNED BY ${qualified(op.table.schema, op.table.name)}.${ident(op.column)}`,
        `${alter(op.table)} ALTER COLUMN ${ident(op.column)} SET DEFAULT nextval(${literal(q)}::regclass)`,
        restartSequence(op.table, op.column),
      ];
    }
    case 'dropSerial': {
      // The sequence's name is whatever PostgreSQL chose when the column was created: ask it.
      const table = qualified(op.table.schema, op.table.name);
      return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} DROP DEFAULT`, `DO ${dollarQuote(`BEGIN\n  EXECUTE format('DROP SEQUENCE %s', pg_get_serial_sequence(${literal(table)}, ${literal(op.column)}));\nEND`)}`];
    }
    case 'addConstraint':
      if (op.usingIndex !== undefined) return [`${alter(op.table)} ADD ${usingIndexDefinition(op.constraint, op.usingIndex)}`];
      return [`${alter(op.table)} ADD ${constraintDefinition(op.constraint)}${op.notValid ? ' NOT VALID' : ''}`];
    case 'addNotNullCheck':
      return [`${alter(op.table)} ADD CONSTRAINT ${ident(op.name)} CHECK (${ident(op.column)} IS NOT NULL) NOT VALID`];
    case 'validateConstraint':
      return [`${alter(op.table)} VALIDATE CONSTRAINT ${ident(op.name)}`];
    case 'dropConstraint':
      return [`${alter(op.table)} DROP CONSTRAINT ${ident(op.name)}`];
    case 'renameConstraint':
      return [`${alter(op.table)} RENAME CONSTRAINT ${ident(op.from)} TO ${ident(op.to)}`];
    case 'createIndex':
      return [createIndex(op.table.schema, op.table.name, op.index, op.concurrently)];
    case 'dropIndex':
      return [`DROP INDEX ${op.concurrently ? 'CONCURRENTLY ' : ''}${qualified(op.schema, op.name)}`];
    case 'renameIndex':
      return [`ALTER INDEX ${qualified(op.schema, op.from)} RENAME TO ${ident(op.to)}`];
    case 'createObject':
      return [...routine(op.object, op.object.create), ...(op.object.parts ?? []).map((p) => p.add)];
    case 'replaceObject':
      return routine(op.object, op.object.create);
    case 'dropObject':
      // Privileges have no statement of their own: removing each part drops them.
      return op.object.drop !== '' ? [op.object.drop] : (op.object.parts ?? []).map((p) => p.remove);
    case 'alterObjectParts':
      return [...op.remove.map((p) => p.remove), ...op.add.map((p) => p.add)];
    case 'comment': {
      // No comment on public is its stock one, as every server sets it at initdb.
      const none = op.target.kind === 'schema' && op.target.name === 'public' ? literal(STOCK_PUBLIC_COMMENT) : 'NULL';
      return [`COMMENT ON ${commentTarget(op.target)} IS ${op.text !== undefined ? literal(op.text) : none}`];
    }
    case 'renameNotNull': {
      const table = literal(qualified(op.table.schema, op.table.name));
      const rename = `${alter(op.table)} RENAME CONSTRAINT ${ident(op.from)} TO ${ident(op.to)}`;
      return [
        `DO ${dollarQuote(`BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = ${table}::regclass AND conname = ${literal(op.from)} AND contype = 'n') THEN
    EXECUTE ${literal(rename)};
  END IF;
END`)}`,
      ];
    }
    case 'refuse':
      return [
        `DO ${dollarQuote(`BEGIN
  RAISE EXCEPTION '%', ${literal(printable(op.message))};
END`)}`,
      ];
    case 'setLogged':
      return [`${alter(op.table)} SET ${op.logged ? 'LOGGED' : 'UNLOGGED'}`];
    case 'setStorageParameters': {
      const out: string[] = [];
      if (op.reset.length > 0) out.push(`${alter(op.table)} RESET (${op.reset.map(parameterName).join(', ')})`);
      if (op.set.length > 0) out.push(`${alter(op.table)} SET (${parameterList(op.set)})`);
      return out;
    }
    case 'setAccessMethod': {
      // SET ACCESS METHOD exists from PostgreSQL 15 on: before, stop with a clear message.
      const message = literal(printable(`changing the access method of ${op.table.schema}.${op.table.name} needs PostgreSQL 15 or later (ALTER TABLE ... SET ACCESS METHOD)`));
      return [
        `DO ${dollarQuote(`BEGIN
  IF current_setting('server_version_num')::int < 150000 THEN
    RAISE EXCEPTION '%', ${message};
  END IF;
END`)}`,
        `${alter(op.table)} SET ACCESS METHOD ${ident(op.method)}`,
      ];
    }
    case 'setReplicaIdentity': {
      const r = op.identity;
      return [`${alter(op.table)} REPLICA IDENTITY ${r === 'default' ? 'DEFAULT' : r === 'full' ? 'FULL' : r === 'nothing' ? 'NOTHING' : `USING INDEX ${ident(r.index)}`}`];
    }
    case 'inherit':
      return [`${alter(op.table)} INHERIT ${qualified(op.parent.schema, op.parent.name)}`];
    case 'noInherit':
      return [`${alter(op.table)} NO INHERIT ${qualified(op.parent.schema, op.parent.name)}`];
    case 'attachPartition':
      return [`${alter(op.parent)} ATTACH PARTITION ${qualified(op.table.schema, op.table.name)} ${op.bound}`];
    case 'detachPartition':
      return [`${alter(op.parent)} DETACH PARTITION ${qualified(op.table.schema, op.table.name)}`];
    case 'setColumnStorage': {
      if (op.storage !== 'default') return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} SET STORAGE ${op.storage.toUpperCase()}`];
      // SET STORAGE DEFAULT is PostgreSQL 16+: the type's own storage is looked up instead.
      const table = literal(qualified(op.table.schema, op.table.name));
      const lookup = `SELECT CASE t.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = ${table}::regclass AND a.attname = ${literal(op.column)}`;
      return [
        `DO ${dollarQuote(`BEGIN
  EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET STORAGE %s', ${table}, ${literal(op.column)}, (${lookup}));
END`)}`,
      ];
    }
    case 'setColumnCompression':
      return [`${alter(op.table)} ALTER COLUMN ${ident(op.column)} SET COMPRESSION ${op.compression === 'default' ? 'DEFAULT' : ident(op.compression)}`];
    case 'alterIndexStorage': {
      const index = qualified(op.schema, op.name);
      return [...(op.set.length > 0 ? [`ALTER INDEX ${index} SET (${parameterList(op.set)})`] : []), ...(op.reset.length > 0 ? [`ALTER INDEX ${index} RESET (${op.reset.map(parameterName).join(', ')})`] : [])];
    }
    case 'alterConstraintDeferrable':
      return [`${alter(op.table)} ALTER CONSTRAINT ${ident(op.name)} ${op.deferrable ? 'DEFERRABLE' : 'NOT DEFERRABLE'} INITIALLY ${op.initiallyDeferred ? 'DEFERRED' : 'IMMEDIATE'}`];
    default:
      return assertNever(op, 'render');
  }
}

/** `stmt`, restarting the sequence at its new start only when its current value lies outside
 * the new range (PostgreSQL refuses the change then); otherwise the current value is kept. */
function restartOutside(sequence: string, stmt: string, range: { min: string; max: string }): string {
  const test = `(SELECT last_value < ${integer(range.min)} OR last_value > ${integer(range.max)} FROM ${sequence})`;
  return `DO ${dollarQuote(`BEGIN\n  IF ${test} THEN\n    ${stmt} RESTART;\n  ELSE\n    ${stmt};\n  END IF;\nEND`)}`;
}

/** Moves a sequence with options past the column's values, only when they reach its start
 * (the largest value, or the smallest for a descending one): otherwise it keeps its start. */
function restartPast(t: { schema: string; name: string }, column: string, start: string, descending: boolean): string {
  const table = qualified(t.schema, t.name);
  const col = ident(column);
  const [agg, cmp] = descending ? ['min', '<='] : ['max', '>='];
  return `SELECT setval(pg_get_serial_sequence(${literal(table)}, ${literal(column)}), ${agg}(${col})) FROM ${table} HAVING ${agg}(${col}) ${cmp} ${integer(start)}`;
}

function restartSequence(t: { schema: string; name: string }, column: string): string {
  const table = qualified(t.schema, t.name);
  return `SELECT setval(pg_get_serial_sequence(${literal(table)}, ${literal(column)}), coalesce(max(${ident(column)}), 0) + 1, false) FROM ${table}`;
}
