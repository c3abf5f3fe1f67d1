/** gen-migrate's library API (the package's only entry point). The use cases are the commands as
 * functions: plain options in, a plain result out, events while they run; the three lower-level
 * functions are the phases a tool of its own needs: DBML to a model, a database to a model, two
 * models to a migration. Everything else under src/ is internal and may change. */

/** Every command as a function (deploy, dev, diff, status, lint, validate, pull, init, format,
 * hash, reset, resolve, ...) with its option and result types; the list lives in the use cases. */
export * from './use-cases/index.js';

/** DBML text to the schema model, with diagnostics. */
export { type ParseDbmlOptions, type ParsedDbml, parseDbml } from './api/parse-dbml.js';
/** A database URL to the schema model. */
export { type IntrospectOptions, introspect } from './api/introspect.js';
/** Two schema models to a migration: the changes, the up and down plans (steps with hazards) and
 * their SQL. Expressions compare as spelled: to compare a DBML file with a database, the `diff`
 * use case spells the file's expressions on a server first. */
export { type Migration, type MigrationOptions, migration as plan, EMPTY_SCHEMA } from './plan/migration.js';

/** The schema model (docs/ARCHITECTURE.md §3): readonly plain data keyed by names. */
export type { Check, Column, Enum, Exclusion, ForeignKey, Index, PrimaryKey, Schema, Sequence, Table, Unique } from './model/types.js';
/** One difference between two schemas, a declared rename, and a drop-and-add that looks like one. */
export type { Change, Rename, RenameHint, TableRef } from './diff/changes.js';
/** A plan: ordered steps, each one operation with its hazards. */
export type { Hazard, Op, Plan, PlanOptions, Step } from './plan/types.js';
/** Every hazard, in the order a migration's header lists them. */
export { HAZARDS } from './plan/types.js';
/** A lint finding: rule code, severity, lock, the safe alternative, file:line:column. */
export type { Finding } from './sql/lint/types.js';
/** An object gen reads but does not manage (a view, a function, ...). */
export type { UnmanagedObject } from './introspect/index.js';

/** The failures a caller can act on; anything else thrown is a bug in gen. `code` (or `kind` for
 * a database failure) is the stable code of the README's "Failures and machine-readable output". */
export { type ErrorCode, type SchemaDiagnostic, SchemaError, UserError } from './errors.js';
/** A database that could not be used (unreachable, authentication, a failing query). */
export { DbError, type DbErrorKind } from './db/queryable.js';
/** A migration statement that failed, with its file, line and column. */
export { ScriptError } from './sql/run.js';
