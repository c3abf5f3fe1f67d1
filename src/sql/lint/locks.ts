/** Which statements take an ACCESS EXCLUSIVE lock on a table that already exists (the lock that
 * queues every read behind it, and every later query behind the queue). */
import { type LintState, isNewTable } from './state.js';
import { type Relation, alterCommands, list, relationOf, stringOf, unwrap } from './tree.js';
import type { LintStatement } from './types.js';

// ALTER TABLE subcommands that take a weaker lock (PostgreSQL docs, ALTER TABLE "Notes").
const WEAKER = new Set([
  'AT_ValidateConstraint',
  'AT_SetStatistics',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_ReplicaIdentity',
  'AT_EnableTrig',
  'AT_DisableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_EnableTrigAll',
  'AT_DisableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrigUser',
  'AT_AttachPartition',
]);

/** The existing tables `s` locks ACCESS EXCLUSIVE (empty when none). */
export function accessExclusiveTables(s: LintStatement, state: LintState): Relation[] {
  const existing = (rs: (Relation | undefined)[]) => rs.filter((r): r is Relation => r !== undefined && !isNewTable(state, r));
  switch (s.type) {
    case 'AlterTableStmt': {
      if (s.node['objtype'] !== undefined && s.node['objtype'] !== 'OBJECT_TABLE') return [];
      const strong = alterCommands(s.node).some((cmd) => {
        if (WEAKER.has(String(cmd['subtype']))) return false;
        // A foreign key takes SHARE ROW EXCLUSIVE.
        const c = cmd['subtype'] === 'AT_AddConstraint' ? unwrap(cmd['def'], 'Constraint') : undefined;
        return c?.['contype'] !== 'CONSTR_FOREIGN';
      });
      // ATTACH PARTITION locks the table it attaches ACCESS EXCLUSIVE (the parent less).
      const attached = alterCommands(s.node)
        .filter((cmd) => cmd['subtype'] === 'AT_AttachPartition')
        .map((cmd) => relationOf(unwrap(cmd['def'], 'PartitionCmd')?.['name']));
      return existing([...(strong ? [relationOf(s.node['relation'])] : []), ...attached]);
    }
    case 'CreateStmt':
      // CREATE TABLE ... PARTITION OF locks its parent ACCESS EXCLUSIVE (ATTACH PARTITION does not).
      return s.node['partbound'] !== undefined ? existing(list(s.node, 'inhRelations').map(relationOf)) : [];
    case 'RenameStmt':
      return s.node['renameType'] === 'OBJECT_TABLE' || s.node['renameType'] === 'OBJECT_COLUMN' ? existing([relationOf(s.node['relation'])]) : [];
    case 'DropStmt': {
      const type = s.node['removeType'];
      // DROP TRIGGER and DROP POLICY lock their table; DROP VIEW the view.
      if (type === 'OBJECT_TRIGGER' || type === 'OBJECT_POLICY') return existing(list(s.node, 'objects').map((o) => onTableOf(o)));
      if (type === 'OBJECT_VIEW' || type === 'OBJECT_MATVIEW') return existing(list(s.node, 'objects').map((o) => qualifiedOf(o)));
      const index = s.node['removeType'] === 'OBJECT_INDEX';
      if (s.node['removeType'] !== 'OBJECT_TABLE' && !(index && s.node['concurrent'] !== true)) return [];
      return existing(
        list(s.node, 'objects').map((o) => {
          const parts = list((o as { List?: Record<string, unknown> }).List, 'items').map(stringOf);
          const name = parts.at(-1);
          // An index this script built is on a table no one else has seen it on.
          if (!name || (index && state.indexes.has(name))) return undefined;
          // (For an index, the lock is on its table; the index name stands for it.)
          return parts.length > 1 ? { schema: parts.at(-2)!, name } : { name };
        }),
      );
    }
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      return existing([relationOf(s.node['table'])]);
    case 'RefreshMatViewStmt':
      // Without CONCURRENTLY the materialized view cannot even be read while it refreshes.
      return s.node['concurrent'] === true ? [] : existing([relationOf(s.node['relation'])]);
    case 'TruncateStmt':
      return existing(list(s.node, 'relations').map(relationOf));
    case 'ClusterStmt':
      return existing([relationOf(s.node['relation'])]);
    case 'VacuumStmt':
      return list(s.node, 'options').some((o) => unwrap(o, 'DefElem')?.['defname'] === 'full') ? existing(list(s.node, 'rels').map((r) => relationOf(unwrap(r, 'VacuumRelation')?.['relation']))) : [];
    default:
      return [];
  }
}

/** `[schema.]name` of a dropped object's name list. */
function qualifiedOf(o: unknown): Relation | undefined {
  const parts = list((o as { List?: Record<string, unknown> }).List, 'items').map(stringOf);
  const name = parts.at(-1);
  if (!name) return undefined;
  return parts.length > 1 ? { schema: parts.at(-2)!, name } : { name };
}

/** The table of `DROP TRIGGER name ON [schema.]table` (the name list ends with the trigger's). */
function onTableOf(o: unknown): Relation | undefined {
  const parts = list((o as { List?: Record<string, unknown> }).List, 'items').map(stringOf);
  const name = parts.at(-2);
  if (!name) return undefined;
  return parts.length > 2 ? { schema: parts.at(-3)!, name } : { name };
}

/** Locks below ACCESS EXCLUSIVE that still block every write to an existing table while they
 * are held (and queue writes behind them while they wait): CREATE TRIGGER takes SHARE ROW
 * EXCLUSIVE, REFRESH MATERIALIZED VIEW CONCURRENTLY takes EXCLUSIVE. */
export function writeBlockingLocks(s: LintStatement, state: LintState): { mode: string; tables: Relation[] } | undefined {
  const existing = (rs: (Relation | undefined)[]) => rs.filter((r): r is Relation => r !== undefined && !isNewTable(state, r));
  const of = (mode: string, rs: (Relation | undefined)[]) => {
    const tables = existing(rs);
    return tables.length > 0 ? { mode, tables } : undefined;
  };
  switch (s.type) {
    case 'CreateTrigStmt':
      return of('SHARE ROW EXCLUSIVE', [relationOf(s.node['relation'])]);
    case 'RefreshMatViewStmt':
      return s.node['concurrent'] === true ? of('EXCLUSIVE', [relationOf(s.node['relation'])]) : undefined;
    default:
      return undefined;
  }
}
