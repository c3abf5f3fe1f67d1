/** A value added with ALTER TYPE … ADD VALUE cannot be used before its transaction commits. */
import { stringConstants } from '../tree.js';
import type { Rule } from '../types.js';

export const enumValueInTransaction: Rule = {
  code: 'enum-value-in-transaction',
  severity: 'error',
  summary: 'a new enum value used in the transaction that added it',
  check(s, state) {
    if (!s.inTransaction || s.type === 'AlterEnumStmt') return [];
    // Only a unit that added a value can misuse one (and walking every tree costs).
    if (![...state.enumValues.values()].includes(s.unit)) return [];
    const used = [...new Set(stringConstants(s.node))].filter((v) => state.enumValues.get(v) === s.unit);
    return used.map((v) => ({
      message: `enum value '${v}' is used in the transaction that added it: PostgreSQL rejects it ("unsafe use of new value")`,
      lock: 'none (the statement fails)',
      instead: `COMMIT after ALTER TYPE … ADD VALUE '${v}' and use the value in a later transaction`,
    }));
  },
};
