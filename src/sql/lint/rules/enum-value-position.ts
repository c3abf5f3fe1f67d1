/** ALTER TYPE … ADD VALUE without BEFORE/AFTER appends the value: the enum's sort order (used by
 * ORDER BY and comparisons) may not be what the author meant. */
import { list, stringOf } from '../tree.js';
import type { Rule } from '../types.js';

export const enumValuePosition: Rule = {
  code: 'enum-value-position',
  severity: 'warning',
  summary: 'ADD VALUE without BEFORE/AFTER (appended last in the sort order)',
  check(s) {
    // (RENAME VALUE has an oldVal: it keeps the value's place.)
    if (s.type !== 'AlterEnumStmt' || typeof s.node['newVal'] !== 'string' || s.node['oldVal'] !== undefined || s.node['newValNeighbor'] !== undefined) return [];
    const type = list(s.node, 'typeName').map(stringOf).join('.');
    return [
      {
        message: `'${s.node['newVal']}' is appended to ${type}: enum values sort in declaration order, so ORDER BY and < > put it last`,
        lock: 'none worth noting (ACCESS EXCLUSIVE on the type, briefly)',
        instead: `say where it belongs: ALTER TYPE ${type} ADD VALUE '${s.node['newVal']}' BEFORE … / AFTER …`,
      },
    ];
  },
};
