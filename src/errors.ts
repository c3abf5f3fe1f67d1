/** Errors a user can act on. Every command prints them as one line (`error: …`, or one JSON
 * object with `--json`) and exits 1; anything else that escapes a command is a bug in gen. */

/** A stable, documented code for each kind of failure (README, "Machine-readable output"). */
export type ErrorCode =
  | 'usage'
  | 'invalid-input'
  | 'no-database-url'
  | 'file-not-found'
  | 'file-is-directory'
  | 'file-unreadable'
  | 'file-not-utf8'
  | 'file-empty'
  | 'not-a-folder'
  | 'not-initialised'
  | 'schema-invalid'
  | 'refused'
  | 'drift'
  | 'gen-sum-mismatch'
  | 'lock-timeout';

/** A mistake the user can fix: printed as `error: message`, exit 1. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = 'invalid-input',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** One diagnostic of a schema file, as machine-readable output shows it. */
export interface SchemaDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
}

/** A schema file with errors. `text` is the diagnostics in the house format (source line and
 * caret), printed before the one-line error in text mode. */
export class SchemaError extends UserError {
  constructor(
    message: string,
    readonly diagnostics: readonly SchemaDiagnostic[],
    readonly text: string,
  ) {
    super(message, 'schema-invalid');
    this.name = 'SchemaError';
  }
}
