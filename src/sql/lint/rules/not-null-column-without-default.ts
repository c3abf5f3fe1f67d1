/** ADD COLUMN … NOT NULL without a default fails on a table that has rows. */
import { alterOfExistingTable } from '../state.js';
import { columnConstraints, relationName, unwrap } from '../tree.js';
import type { Rule } from '../types.js';

export const notNullColumnWithoutDefault: Rule = {
  code: 'not-null-column-without-default',
  severity: 'error',
  summary: 'ADD COLUMN NOT NULL without a default on an existing table',
  acknowledgedBy: ['MAY_FAIL_ON_EXISTING_DATA'],
  check(s, state) {
    const alter = alterOfExistingTable(state, s);
    if (!alter) return [];
    const { table, commands } = alter;
    const hits = [];
    for (const cmd of commands) {
      if (cmd['subtype'] !== 'AT_AddColumn') continue;
      const def = unwrap(cmd['def'], 'ColumnDef');
      const cons = columnConstraints(def);
      const kinds = new Set(cons.map((c) => c['contype']));
      // An identity or generated column fills itself.
      if (!kinds.has('CONSTR_NOTNULL') || kinds.has('CONSTR_DEFAULT') || kinds.has('CONSTR_IDENTITY') || kinds.has('CONSTR_GENERATED')) continue;
      hits.push({
        message: `column ${String(def?.['colname'])} is added NOT NULL without a default: the statement fails as soon as ${relationName(table)} has a row`,
        lock: `ACCESS EXCLUSIVE on ${relationName(table)}`,
        instead: 'add the column with a default (a constant default is metadata-only), or add it nullable, backfill in batches, then SET NOT NULL through a validated check',
      });
    }
    return hits;
  },
};
