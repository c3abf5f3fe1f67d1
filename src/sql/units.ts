/** How gen runs a script: its statements grouped into units — an explicit BEGIN … COMMIT block,
 * a run of transactional statements (one transaction), or a statement that cannot run in a
 * transaction (alone). Deploy executes units; lint reasons about "the same transaction" with
 * them. */
import type { SqlStatement } from './split.js';

/** A unit of execution: statements that commit together (or one that cannot be in a transaction). */
export interface Unit {
  readonly statements: readonly SqlStatement[];
  /** Wrapped in a transaction by gen (an explicit BEGIN … COMMIT block becomes such a unit). */
  readonly wrap: boolean;
  /** Written as an explicit BEGIN … COMMIT block in the script. */
  readonly explicit?: boolean;
}

const kindOf = (s: SqlStatement) => (s.type === 'TransactionStmt' ? String(s.node['kind']) : '');

/** Splits statements into units. */
export function unitsOf(statements: readonly SqlStatement[]): Unit[] {
  const units: Unit[] = [];
  let run: SqlStatement[] = [];
  const flush = () => {
    if (run.length) units.push({ statements: run, wrap: true });
    run = [];
  };
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const k = kindOf(s);
    if (k === 'TRANS_STMT_BEGIN' || k === 'TRANS_STMT_START') {
      flush();
      const block: SqlStatement[] = [];
      for (i++; i < statements.length; i++) {
        const t = statements[i]!;
        if (kindOf(t) === 'TRANS_STMT_COMMIT') break;
        block.push(t);
      }
      units.push({ statements: block, wrap: true, explicit: true });
      continue;
    }
    // Session settings (SET lock_timeout ...) apply to everything after them.
    if (!s.transactional || s.type === 'VariableSetStmt') {
      flush();
      units.push({ statements: [s], wrap: false });
      continue;
    }
    run.push(s);
  }
  flush();
  return units;
}
