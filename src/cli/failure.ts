/** How a failed command reports itself: one line of text on stderr, one JSON object on stdout
 * (`--json`), annotations (`--format github`), or a pull-request comment on stdout and the line
 * on stderr (`--format markdown`). A failure gen does not expect is a bug: one line and a hint
 * to rerun with `--debug`, which adds the stack trace. */
import { DbError } from '../db/queryable.js';
import { ScriptError } from '../sql/run.js';
import { SchemaError, UserError } from '../errors.js';
import { assertNever } from '../model/types.js';
import { annotation } from './github.js';
import { markdownFailure } from './markdown.js';

/** How the command was asked to print. */
export type OutputMode = 'text' | 'json' | 'github' | 'markdown';

/** A failure as `--json` prints it (`{"ok": false, "error": …}`). */
export interface FailureReport {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly diagnostics?: SchemaError['diagnostics'];
}

/** The report of an error a user can act on; undefined for anything else (a bug). */
export function failureOf(e: unknown): FailureReport | undefined {
  if (e instanceof SchemaError) return { code: e.code, message: e.message, diagnostics: e.diagnostics };
  if (e instanceof UserError) return { code: e.code, message: e.message };
  if (e instanceof DbError) return { code: `db-${e.kind}`, message: e.message };
  if (e instanceof ScriptError) return { code: 'migration-failed', message: e.message, file: e.file, line: e.line, column: e.column };
  return undefined;
}

/** The report of an unexpected error (a bug in gen). */
export function internalFailure(e: unknown): FailureReport {
  const first = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  return { code: 'internal', message: `internal error: ${first} (a bug in gen; rerun with --debug for the stack trace)` };
}

/** Prints a failure in `mode` for `command` (e.g. `status`). */
export function printFailure(f: FailureReport, mode: OutputMode, command: string, e?: unknown, debug = false): void {
  if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  switch (mode) {
    case 'json':
      // deploy and rollback print JSON lines (events as they come): the failure is one line too.
      process.stdout.write(`${JSON.stringify({ ok: false, error: f }, null, command === 'deploy' || command === 'rollback' ? undefined : 2)}\n`);
      return;
    case 'github': {
      const title = `gen ${command}`;
      if (f.diagnostics && f.diagnostics.length > 0) {
        for (const d of f.diagnostics) process.stdout.write(annotation(d.severity, { file: d.file, line: d.line, col: d.column, title: `${title} ${d.code}` }, d.message));
      } else process.stdout.write(annotation('error', { file: f.file, line: f.line, col: f.column, title }, f.message));
      return;
    }
    case 'markdown':
      // The comment goes to stdout (often a file the workflow posts); the log still says why.
      process.stdout.write(markdownFailure(f, command));
      if (e instanceof SchemaError && e.text) process.stderr.write(`${e.text}\n`);
      process.stderr.write(`error: ${f.message}\n`);
      return;
    case 'text':
      if (e instanceof SchemaError && e.text) process.stderr.write(`${e.text}\n`);
      process.stderr.write(`error: ${f.message}\n`);
      return;
    default:
      assertNever(mode, 'output mode');
  }
}
