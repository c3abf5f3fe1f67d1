/** An ACCESS EXCLUSIVE lock waits behind running queries, and everything else waits behind it:
 * without lock_timeout a migration can stall the whole table for as long as the longest query. */
import { accessExclusiveTables, writeBlockingLocks } from '../locks.js';
import { missingTimeouts } from '../state.js';
import { relationName } from '../tree.js';
import type { Rule } from '../types.js';

export const lockTimeout: Rule = {
  code: 'lock-timeout',
  severity: 'error',
  summary: 'a lock that blocks writes (ACCESS EXCLUSIVE, or SHARE ROW EXCLUSIVE for CREATE TRIGGER) on an existing table without lock_timeout and statement_timeout set',
  check(s, state) {
    const exclusive = accessExclusiveTables(s, state);
    const weaker = exclusive.length === 0 ? writeBlockingLocks(s, state) : undefined;
    const tables = weaker?.tables ?? exclusive;
    if (tables.length === 0) return [];
    const missing = missingTimeouts(state, s.unit);
    if (missing.length === 0) return [];
    const mode = weaker?.mode ?? 'ACCESS EXCLUSIVE';
    const queued = weaker ? 'every new write to the table queues behind it' : 'every new query on the table queues behind it';
    return [
      {
        message: `this statement locks ${tables.map(relationName).join(', ')} ${mode} with no ${missing.join(' and no ')}: while it waits for running queries, ${queued}`,
        lock: `${mode} on ${tables.map(relationName).join(', ')}`,
        instead: `start the migration with ${missing.map((m) => `SET ${m} = '${m === 'lock_timeout' ? '5s' : '1min'}';`).join(' ')} (and retry the deploy if it times out)`,
      },
    ];
  },
};
