/** Diagnostics: user mistakes in a DBML file, with positions and upstream-compatible code names,
 * and the `Reporter` every stage reports them into. */

/** Source span as [start, end) offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A 1-based source position. */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly col: number;
}

/** Pipeline stage that found the problem; errors are reported in stage order, then source order. */
export type Stage = 'lex' | 'parse' | 'validate' | 'bind' | 'interpret' | 'postgres';

// Upstream reports lexing and parsing errors together, in source order.
// `postgres`: gen's own checks of what PostgreSQL would reject (names, namespaces, defaults),
// run on a document that is valid DBML.
const stageRank: Record<Stage, number> = { lex: 0, parse: 0, validate: 2, bind: 3, interpret: 4, postgres: 5 };

/** One problem in a DBML source. `code` is the upstream `CompileErrorCode` name. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
  readonly stage: Stage;
}

/** Orders diagnostics as upstream reports them: syntax errors, then validation, then binding,
 * then semantic errors; by file and position within a stage. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => stageRank[a.stage] - stageRank[b.stage] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.start.offset - b.start.offset);
}

/** Upstream stops after the first stage group that fails: syntax and validation errors are
 * reported together; binding runs only on a valid tree, semantic checks only on a bound one. */
export function gateDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  const level = (d: Diagnostic) => (d.stage === 'lex' || d.stage === 'parse' || d.stage === 'validate' ? 1 : stageRank[d.stage]);
  let min = Infinity;
  for (const d of ds) if (d.severity === 'error') min = Math.min(min, level(d));
  return ds.filter((d) => level(d) <= Math.max(min, 1) || (d.severity === 'warning' && min === Infinity));
}

/** Renders `file:line:col: error CODE: message`, the source line and a caret under the span. */
export function formatDiagnostic(d: Diagnostic, source: string | undefined): string {
  const head = `${d.file}:${d.start.line}:${d.start.col}: ${d.severity} ${d.code}: ${d.message}`;
  if (source === undefined) return head;
  const lineText = source.split('\n')[d.start.line - 1]?.replace(/\r$/, '') ?? '';
  const width = d.end.line === d.start.line ? Math.max(1, d.end.col - d.start.col) : Math.max(1, lineText.length - d.start.col + 1);
  const gutter = String(d.start.line).length;
  const pad = ' '.repeat(gutter);
  const prefix = lineText.slice(0, d.start.col - 1).replace(/[^\t]/g, ' ');
  return `${head}\n${pad} |\n${d.start.line} | ${lineText}\n${pad} | ${prefix}${'^'.repeat(Math.min(width, 200))}`;
}

/** Position of `offset` in `text` (1-based line and column; columns count UTF-16 units). */
export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { offset, line: lo + 1, col: offset - lineStarts[lo]! + 1 };
}

/** Offsets at which each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Collects diagnostics for one source file. Line starts are found at the first diagnostic: a
 * valid file has none, and scanning a large one for newlines costs as much as a grammar rule. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  private starts: readonly number[] | undefined;
  constructor(
    readonly file: string,
    private readonly text: string,
  ) {}

  private get lineStarts(): readonly number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  error(stage: Stage, code: string, message: string, span: Span): void {
    this.push('error', stage, code, message, span);
  }

  warning(stage: Stage, code: string, message: string, span: Span): void {
    this.push('warning', stage, code, message, span);
  }

  private push(severity: 'error' | 'warning', stage: Stage, code: string, message: string, span: Span): void {
    this.diagnostics.push({
      severity,
      code,
      message,
      stage,
      file: this.file,
      start: positionAt(this.lineStarts, span.start),
      end: positionAt(this.lineStarts, Math.max(span.end, span.start)),
    });
  }
}
