/** `timestamp` (without time zone) stores wall-clock readings with no zone: comparisons across
 * zones and DST changes go wrong. */
import { columnTypes } from '../columns.js';
import type { Rule } from '../types.js';

export const preferTimestamptz: Rule = {
  code: 'prefer-timestamptz',
  severity: 'off',
  summary: 'timestamp without time zone (type hygiene; off by default)',
  check(s) {
    return columnTypes(s)
      .filter((c) => c.type.name === 'timestamp')
      .map((c) => ({
        message: `${c.column} is timestamp without time zone: the instant it denotes depends on whoever reads it`,
        lock: 'none',
        instead: 'timestamptz (timestamp with time zone): stored as UTC, shown in the session zone',
        ...(c.at !== undefined ? { at: c.at } : {}),
      }));
  },
};
