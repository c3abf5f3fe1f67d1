/** char(n) pads with spaces, compares ignoring them, and is no faster than text. */
import { columnTypes } from '../columns.js';
import type { Rule } from '../types.js';

export const preferTextOverChar: Rule = {
  code: 'prefer-text-over-char',
  severity: 'off',
  summary: 'char(n) (type hygiene; off by default)',
  check(s) {
    return columnTypes(s)
      .filter((c) => c.type.name === 'bpchar')
      .map((c) => ({
        message: `${c.column} is char(${c.type.mods.join(',') || '1'}): values are blank-padded and trailing spaces are ignored in comparisons`,
        lock: 'none',
        instead: 'text (or varchar), with a CHECK on the length if it matters',
        ...(c.at !== undefined ? { at: c.at } : {}),
      }));
  },
};
