/** An ACCESS EXCLUSIVE lock waits behind running queries, and everything else waits behind it:
 * without lock_timeout a migration can stall the whole table for as long as the longest query. */
import { accessExclusiveTables } from '../locks.js';
import { missingTimeouts } from '../state.js';
import { relationName } from '../tree.js';
import type { Rule } from '../types.js';

export const lockTimeout: Rule = {
  code: 'lock-timeout',
  severity: 'error',
  summary: 'ACCESS EXCLUSIVE lock on an existing table without lock_timeout and statement_timeout set',
  check(s, state) {
    const tables = accessExclusiveTables(s, state);
    if (tables.length === 0) return [];
    const missing = missingTimeouts(state, s.unit);
    if (missing.length === 0) return [];
    return [
      {
        message: `this statement locks ${tables.map(relationName).join(', ')} ACCESS EXCLUSIVE with no ${missing.join(' and no ')}: while it waits for running queries, every new query on the table queues behind it`,
        lock: `ACCESS EXCLUSIVE on ${tables.map(relationName).join(', ')}`,
        instead: `start the migration with ${missing.map((m) => `SET ${m} = '${m === 'lock_timeout' ? '5s' : '1min'}';`).join(' ')} (and retry the deploy if it times out)`,
      },
    ];
  },
};
