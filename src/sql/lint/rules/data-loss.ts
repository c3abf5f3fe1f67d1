/** Statements that delete data: DROP TABLE, DROP COLUMN, DROP SCHEMA … CASCADE, TRUNCATE. */
import { alterOfExistingTable, isNewTable } from '../state.js';
import { list, relationName, relationOf, stringOf } from '../tree.js';
import type { Rule, RuleHit } from '../types.js';

const names = (objects: unknown[]): string[] =>
  objects.map(
    (o) =>
      stringOf(o) ??
      list((o as { List?: Record<string, unknown> }).List, 'items')
        .map(stringOf)
        .join('.'),
  );

export const dataLoss: Rule = {
  code: 'data-loss',
  severity: 'warning',
  summary: 'DROP TABLE, DROP COLUMN, DROP SCHEMA … CASCADE or TRUNCATE (data is deleted)',
  acknowledgedBy: ['DELETES_DATA'],
  check(s, state) {
    const hit = (what: string, lock: string): RuleHit => ({
      message: `${what}: the data is gone for good (only a backup brings it back)`,
      lock,
      instead: 'expand-contract: stop reading and writing it in a release first, keep a backup, and drop it in a later migration',
    });
    switch (s.type) {
      case 'DropStmt': {
        const type = s.node['removeType'];
        const objects = list(s.node, 'objects');
        if (type === 'OBJECT_TABLE') {
          const dropped = names(objects).filter((n) => !isNewTable(state, n.includes('.') ? { schema: n.split('.')[0]!, name: n.split('.').at(-1)! } : { name: n }));
          return dropped.length > 0 ? [hit(`DROP TABLE ${dropped.join(', ')}`, `ACCESS EXCLUSIVE on ${dropped.join(', ')}`)] : [];
        }
        // Without CASCADE, DROP SCHEMA only drops an empty schema.
        if (type === 'OBJECT_SCHEMA' && s.node['behavior'] === 'DROP_CASCADE') return [hit(`DROP SCHEMA ${names(objects).join(', ')} CASCADE`, 'ACCESS EXCLUSIVE on everything in it')];
        return [];
      }
      case 'TruncateStmt': {
        const tables = list(s.node, 'relations')
          .map(relationOf)
          .filter((r) => r !== undefined && !isNewTable(state, r));
        return tables.length > 0 ? [hit(`TRUNCATE ${tables.map((r) => relationName(r!)).join(', ')}`, `ACCESS EXCLUSIVE on ${tables.map((r) => relationName(r!)).join(', ')}`)] : [];
      }
      case 'AlterTableStmt': {
        const alter = alterOfExistingTable(state, s);
        if (!alter) return [];
        return alter.commands.filter((c) => c['subtype'] === 'AT_DropColumn').map((c) => hit(`DROP COLUMN ${relationName(alter.table)}.${String(c['name'])}`, `ACCESS EXCLUSIVE on ${relationName(alter.table)}`));
      }
      default:
        return [];
    }
  },
};
