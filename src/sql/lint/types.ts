/** The vocabulary of `gen lint`: rules, what they report, and severities. */
import type { Hazard } from '../../plan/types.js';
import type { SqlStatement } from '../split.js';
import type { LintState } from './state.js';

/** How a finding counts: `error` fails `gen lint`; `off` disables the rule. */
export type Severity = 'error' | 'warning' | 'off';

/** One statement as a rule sees it: the statement and where it runs. */
export interface LintStatement extends SqlStatement {
  /** Index of the unit (transaction, or lone statement) gen runs it in (see `sql/units.ts`). */
  readonly unit: number;
  /** Inside an explicit BEGIN … COMMIT block of the script. */
  readonly inBlock: boolean;
  /** Runs inside a transaction (gen's own, or an explicit block). */
  readonly inTransaction: boolean;
}

/** What a rule reports about one statement. */
export interface RuleHit {
  readonly message: string;
  /** The lock the statement takes, in PostgreSQL's terms (`ACCESS EXCLUSIVE on users`). */
  readonly lock: string;
  /** The safe way to do the same thing. */
  readonly instead: string;
  /** UTF-8 byte offset in the script of the node at fault (else the statement's start). */
  readonly at?: number;
}

/** A lint rule: a stable code, a default severity, and a check over one statement. */
export interface Rule {
  readonly code: string;
  readonly severity: Exclude<Severity, 'off'> | 'off';
  /** One line: what the rule catches. */
  readonly summary: string;
  /** Hazards declared by gen's planner (`-- hazard X: …` above a generated statement) that
   * acknowledge this rule's finding: the planner had no online form and says so. */
  readonly acknowledgedBy?: readonly Hazard[];
  check(s: LintStatement, state: LintState): RuleHit[];
}

/** A finding, positioned in its file. */
export interface Finding {
  readonly code: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly message: string;
  readonly lock: string;
  readonly instead: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The statement's text (for the source line and caret in text output). */
  readonly statement: string;
  /** Set when a `-- gen:lint-ignore` directive (or a declared hazard) silences the finding. */
  readonly ignored?: { readonly reason: string };
}
