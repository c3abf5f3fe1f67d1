/** The tables a list of changes touches, by their name in the target: what a pull-request
 * comment draws. */
import type { Sequence } from '../model/types.js';
import type { Change, TableRef } from './changes.js';

const owner = (s: Sequence): TableRef[] => (s.ownedBy ? [{ schema: s.schema, name: s.ownedBy.table }] : []);

/** The tables one change touches: its own table, a renamed table by its new name, the tables
 * whose columns use an enum being rebuilt, the owner of a sequence. Schema and enum changes
 * touch none. */
function touched(c: Change): TableRef[] {
  switch (c.kind) {
    case 'AddSchema':
    case 'DropSchema':
    case 'AlterSchemaComment':
    case 'AddEnum':
    case 'DropEnum':
    case 'AddEnumValue':
    case 'RenameEnumValue':
    case 'AlterEnumComment':
    case 'RenameSequence':
      return [];
    case 'RecreateEnum':
      return c.users.map((u) => u.table);
    case 'RenameTable':
      return [{ schema: c.schema, name: c.to }];
    case 'AddSequence':
    case 'DropSequence':
    case 'AlterSequenceComment':
      return owner(c.sequence);
    case 'AlterSequence':
      return [...owner(c.from), ...owner(c.to)];
    case 'AddObject':
    case 'DropObject':
    case 'AlterObjectComment':
      return c.object.table !== undefined && c.object.kind !== 'view index' ? [{ schema: c.object.schema, name: c.object.table }] : [];
    case 'AlterObject':
      return c.to.table !== undefined && c.to.kind !== 'view index' ? [{ schema: c.to.schema, name: c.to.table }] : [];
    default:
      // Every other change is on one table; a new kind without `table` fails to compile here.
      return [{ schema: c.table.schema, name: c.table.name }];
  }
}

/** The tables `changes` touch, each once, in order of first appearance. */
export function tablesTouched(changes: readonly Change[]): TableRef[] {
  const seen = new Map<string, TableRef>();
  for (const c of changes) for (const t of touched(c)) if (!seen.has(`${t.schema}\u0000${t.name}`)) seen.set(`${t.schema}\u0000${t.name}`, t);
  return [...seen.values()];
}
