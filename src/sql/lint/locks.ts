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
      return strong ? existing([relationOf(s.node['relation'])]) : [];
    }
    case 'RenameStmt':
      return s.node['renameType'] === 'OBJECT_TABLE' || s.node['renameType'] === 'OBJECT_COLUMN' ? existing([relationOf(s.node['relation'])]) : [];
    case 'DropStmt': {
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
