/** What a lint pass knows about the script so far: tables and indexes it created, timeouts it
 * set, constraints added NOT VALID or validated, enum values added — so that a rule can tell a
 * new table from an existing one and "the same transaction" from a later one. */
import type { LintStatement } from './types.js';
import { type Node, type Relation, alterCommands, columnConstraints, intOf, list, relationOf, stringOf, unwrap } from './tree.js';

/** A `CHECK (column IS NOT NULL)` the script added. */
interface NotNullCheck {
  readonly table: Relation;
  readonly column: string;
  readonly name: string | undefined;
  validated: boolean;
}

/** A timeout setting: in force for the session, or (SET LOCAL) for one unit. */
interface Timeout {
  readonly set: boolean;
  readonly unit?: number;
}

/** Per-script facts, updated by `observe` after each statement. */
export interface LintState {
  /** Tables created, by name: a lookup per statement must not scan them all (quadratic). */
  readonly tables: Map<string, Relation[]>;
  readonly indexes: Set<string>;
  lockTimeout: Timeout;
  statementTimeout: Timeout;
  /** Constraints added NOT VALID, by name, with the unit that added them. */
  readonly notValid: Map<string, number>;
  /** By table name, as `tables`. */
  readonly notNullChecks: Map<string, NotNullCheck[]>;
  /** Enum values added, with the unit that added them. */
  readonly enumValues: Map<string, number>;
}

/** The state before a script's first statement. */
export function initialState(): LintState {
  return { tables: new Map(), indexes: new Set(), lockTimeout: { set: false }, statementTimeout: { set: false }, notValid: new Map(), notNullChecks: new Map(), enumValues: new Map() };
}

function add<T>(byName: Map<string, T[]>, name: string, item: T): void {
  const list = byName.get(name);
  if (list) list.push(item);
  else byName.set(name, [item]);
}

function sameRelation(a: Relation, b: Relation): boolean {
  return a.name === b.name && (a.schema === undefined || b.schema === undefined || a.schema === b.schema);
}

/** True when the script created this table earlier (no other session can hold rows in it). */
export function isNewTable(state: LintState, r: Relation | undefined): boolean {
  return r !== undefined && (state.tables.get(r.name)?.some((t) => sameRelation(t, r)) ?? false);
}

/** The table and subcommands of an ALTER TABLE on a table the script did not create (the only
 * kind with rows, sessions and locks to worry about); undefined for anything else. */
export function alterOfExistingTable(state: LintState, s: LintStatement): { table: Relation; commands: Node[] } | undefined {
  if (s.type !== 'AlterTableStmt') return undefined;
  const table = relationOf(s.node['relation']);
  if (!table || isNewTable(state, table)) return undefined;
  return { table, commands: alterCommands(s.node) };
}

/** Which of lock_timeout and statement_timeout are not in force for a statement of `unit`. */
export function missingTimeouts(state: LintState, unit: number): string[] {
  const on = (t: Timeout) => t.set && (t.unit === undefined || t.unit === unit);
  return [...(on(state.lockTimeout) ? [] : ['lock_timeout']), ...(on(state.statementTimeout) ? [] : ['statement_timeout'])];
}

/** True when a validated `CHECK (column IS NOT NULL)` on the table exists: PostgreSQL 12+ then
 * sets NOT NULL without scanning the table. */
export function hasValidatedNotNullCheck(state: LintState, table: Relation, column: string): boolean {
  return state.notNullChecks.get(table.name)?.some((c) => c.validated && c.column === column && sameRelation(c.table, table)) ?? false;
}

/** Records what `s` did. */
export function observe(state: LintState, s: LintStatement): void {
  const n = s.node as Node;
  switch (s.type) {
    case 'CreateStmt': {
      const r = relationOf(n['relation']);
      if (r) add(state.tables, r.name, r);
      break;
    }
    case 'CreateTableAsStmt': {
      const r = relationOf((unwrap(n['into'], 'IntoClause') ?? (n['into'] as Node | undefined))?.['rel']);
      if (r) add(state.tables, r.name, r);
      break;
    }
    case 'IndexStmt':
      if (typeof n['idxname'] === 'string') state.indexes.add(n['idxname']);
      break;
    case 'VariableSetStmt':
      setting(state, n, s.unit);
      break;
    case 'AlterEnumStmt':
      // A renamed value (oldVal) is usable at once; only an added one waits for the commit.
      if (typeof n['newVal'] === 'string' && n['oldVal'] === undefined) state.enumValues.set(n['newVal'], s.unit);
      break;
    case 'AlterTableStmt': {
      const table = relationOf(n['relation']);
      if (table) for (const cmd of alterCommands(n)) alter(state, cmd, table, s.unit);
      break;
    }
    default:
      break;
  }
}

function setting(state: LintState, n: Node, unit: number): void {
  const name = n['name'];
  if (name !== 'lock_timeout' && name !== 'statement_timeout') return;
  const arg = list(n, 'args')[0];
  const sval = (unwrap(arg, 'A_Const')?.['sval'] as Node | undefined)?.['sval'];
  const value = typeof sval === 'string' ? sval.trim() : intOf(arg);
  // RESET, SET … TO DEFAULT and 0 all mean "no timeout".
  const set = n['kind'] === 'VAR_SET_VALUE' && value !== undefined && value !== 0 && value !== '0';
  const t: Timeout = n['is_local'] === true ? { set, unit } : { set };
  if (name === 'lock_timeout') state.lockTimeout = t;
  else state.statementTimeout = t;
}

function alter(state: LintState, cmd: Node, table: Relation, unit: number): void {
  switch (cmd['subtype']) {
    case 'AT_AddConstraint': {
      const c = unwrap(cmd['def'], 'Constraint');
      if (!c) break;
      const name = typeof c['conname'] === 'string' ? c['conname'] : undefined;
      if (c['skip_validation'] === true && name) state.notValid.set(name, unit);
      const column = notNullColumn(c);
      if (c['contype'] === 'CONSTR_CHECK' && column) add(state.notNullChecks, table.name, { table, column, name, validated: c['skip_validation'] !== true });
      break;
    }
    case 'AT_ValidateConstraint':
      for (const c of state.notNullChecks.get(table.name) ?? []) if (c.name === cmd['name'] && sameRelation(c.table, table)) c.validated = true;
      break;
    case 'AT_AddColumn': {
      // A column added NOT NULL holds no NULL: as good as a validated check.
      const def = unwrap(cmd['def'], 'ColumnDef');
      const col = def?.['colname'];
      if (typeof col === 'string' && columnConstraints(def).some((c) => c['contype'] === 'CONSTR_NOTNULL')) add(state.notNullChecks, table.name, { table, column: col, name: undefined, validated: true });
      break;
    }
    default:
      break;
  }
}

/** The column of `CHECK (column IS NOT NULL)`, else undefined. */
function notNullColumn(c: Node): string | undefined {
  const t = unwrap(c['raw_expr'], 'NullTest');
  if (t?.['nulltesttype'] !== 'IS_NOT_NULL') return undefined;
  const fields = list(unwrap(t['arg'], 'ColumnRef'), 'fields');
  return fields.length === 1 ? stringOf(fields[0]) : undefined;
}
