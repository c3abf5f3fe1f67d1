/** `gen lint`'s engine: a script → findings, rule by rule over its statements, in the units gen
 * runs them in, with each rule seeing what the script did before (tables it created, timeouts it
 * set). Pure, apart from the parser having to be loaded (`loadSqlParser`). */
import { positionAt } from '../../dbml/diagnostics.js';
import { SqlSyntaxError, splitStatements } from '../split.js';
import { unitsOf } from '../units.js';
import { directivesOf } from './directives.js';
import { RULES } from './rules.js';
import { initialState, observe } from './state.js';
import type { Finding, LintStatement, Severity } from './types.js';

export { RULES };
export type { Finding, Severity };

/** Severity per rule code (from gen.config.json); unnamed rules keep their default. */
export type Severities = Readonly<Record<string, Severity>>;

/** Maps a UTF-8 byte offset of `text` to a 1-based line and column (in characters): the line
 * from the byte offsets of line starts, the column by decoding that line's bytes. */
function positions(text: string): (byte: number) => { line: number; column: number } {
  const bytes = Buffer.from(text, 'utf8');
  const starts = [0];
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) starts.push(i + 1);
  return (byte) => {
    const { line } = positionAt(starts, byte);
    return { line, column: bytes.subarray(starts[line - 1]!, byte).toString('utf8').length + 1 };
  };
}

/** Lints one script. A script that does not parse yields one `syntax` error. */
export function lintScript(text: string, file: string, severities: Severities = {}): Finding[] {
  let statements: ReturnType<typeof splitStatements>;
  try {
    statements = splitStatements(text);
  } catch (e) {
    if (!(e instanceof SqlSyntaxError)) throw e;
    return [{ code: 'syntax', severity: 'error', message: e.message, lock: 'none', instead: 'fix the SQL', file, line: e.line, column: e.column, statement: '' }];
  }
  const lintStatements: LintStatement[] = unitsOf(statements).flatMap((u, unit) => u.statements.map((s) => ({ ...s, unit, inBlock: u.explicit === true, inTransaction: u.wrap })));
  const rules = RULES.map((r) => ({ rule: r, severity: severities[r.code] ?? r.severity })).filter((r) => r.severity !== 'off');
  const at = positions(text);
  const state = initialState();
  const findings: Finding[] = [];
  // A step of a generated migration puts its `-- hazard` comment above the SET statement_timeout
  // that precedes the statement: directives above SETs carry to the next statement.
  let carried = '';
  for (const s of lintStatements) {
    if (s.type === 'VariableSetStmt') {
      carried += s.leading;
      observe(state, s);
      continue;
    }
    const directives = directivesOf(carried + s.leading);
    carried = '';
    for (const { rule, severity } of rules) {
      for (const hit of rule.check(s, state)) {
        const pos = hit.at !== undefined && hit.at >= s.byteOffset ? at(hit.at) : { line: s.line, column: s.column };
        const declared = rule.acknowledgedBy?.find((h) => directives.hazards.has(h));
        const ignoredBy = directives.ignore.has(rule.code) ? { reason: directives.ignore.get(rule.code) || 'gen:lint-ignore' } : declared ? { reason: `declared hazard ${declared}: ${directives.hazards.get(declared)}` } : undefined;
        findings.push({
          code: rule.code,
          severity: severity as Exclude<Severity, 'off'>,
          message: hit.message,
          lock: hit.lock,
          instead: hit.instead,
          file,
          line: pos.line,
          column: pos.column,
          statement: s.text,
          ...(ignoredBy ? { ignored: ignoredBy } : {}),
        });
      }
    }
    observe(state, s);
  }
  return findings;
}
