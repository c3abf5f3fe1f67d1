/** DROP INDEX without CONCURRENTLY takes an exclusive lock on the index's table. */
import type { Rule } from '../types.js';
import { list, stringOf } from '../tree.js';

export const blockingIndexDrop: Rule = {
  code: 'blocking-index-drop',
  severity: 'error',
  summary: 'DROP INDEX without CONCURRENTLY',
  acknowledgedBy: ['INDEX_DROPPED'],
  check(s, state) {
    if (s.type !== 'DropStmt' || s.node['removeType'] !== 'OBJECT_INDEX' || s.node['concurrent'] === true) return [];
    const names = list(s.node, 'objects').map((o) =>
      list((o as { List?: Record<string, unknown> }).List, 'items')
        .map(stringOf)
        .join('.'),
    );
    // An index this script created has not been seen by anyone yet.
    if (names.every((n) => state.indexes.has(n.split('.').at(-1) ?? n))) return [];
    return [
      {
        message: `DROP INDEX ${names.join(', ')} locks out reads and writes of its table while it waits for running queries`,
        lock: 'ACCESS EXCLUSIVE on the indexed table',
        instead: 'DROP INDEX CONCURRENTLY, as a statement of its own outside a transaction block',
      },
    ];
  },
};
