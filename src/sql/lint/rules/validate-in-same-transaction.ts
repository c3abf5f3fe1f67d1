/** VALIDATE in the transaction that added the constraint NOT VALID keeps the add's lock. */
import { alterCommands, relationName, relationOf } from '../tree.js';
import type { Rule } from '../types.js';

export const validateInSameTransaction: Rule = {
  code: 'validate-in-same-transaction',
  severity: 'error',
  summary: 'VALIDATE CONSTRAINT in the same transaction as its NOT VALID add',
  check(s, state) {
    if (s.type !== 'AlterTableStmt' || !s.inTransaction) return [];
    const table = relationOf(s.node['relation']);
    return alterCommands(s.node)
      .filter((cmd) => cmd['subtype'] === 'AT_ValidateConstraint' && typeof cmd['name'] === 'string' && state.notValid.get(cmd['name']) === s.unit)
      .map((cmd) => ({
        message: `constraint ${String(cmd['name'])} is validated in the transaction that added it NOT VALID: the add's lock is held through the whole scan`,
        lock: `the ADD's lock on ${table ? relationName(table) : 'the table'} (ACCESS EXCLUSIVE for a check, SHARE ROW EXCLUSIVE for a foreign key) until COMMIT`,
        instead: 'COMMIT after the NOT VALID add and VALIDATE in a transaction of its own',
      }));
  },
};
