/** ADD COLUMN … NOT NULL without a default fails on a table that has rows. */
import { addedColumns } from '../altered.js';
import { relationName } from '../tree.js';
import type { Rule } from '../types.js';

export const notNullColumnWithoutDefault: Rule = {
  code: 'not-null-column-without-default',
  severity: 'error',
  summary: 'ADD COLUMN NOT NULL without a default on an existing table',
  acknowledgedBy: ['MAY_FAIL_ON_EXISTING_DATA'],
  check(s, state) {
    const added = addedColumns(state, s);
    if (!added) return [];
    const table = relationName(added.table);
    return added.columns
      .filter((c) => {
        const kinds = new Set(c.constraints.map((k) => k['contype']));
        // An identity or generated column fills itself.
        return kinds.has('CONSTR_NOTNULL') && !kinds.has('CONSTR_DEFAULT') && !kinds.has('CONSTR_IDENTITY') && !kinds.has('CONSTR_GENERATED');
      })
      .map((c) => ({
        message: `column ${c.name} is added NOT NULL without a default: the statement fails as soon as ${table} has a row`,
        lock: `ACCESS EXCLUSIVE on ${table}`,
        instead: 'add the column with a default (a constant default is metadata-only), or add it nullable, backfill in batches, then SET NOT NULL through a validated check',
      }));
  },
};
