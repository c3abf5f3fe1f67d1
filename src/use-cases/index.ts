/** The use cases: one function per command, taking plain options and returning plain results
 * (data, not text). The CLI (src/cli) parses flags, calls one of these and renders its result;
 * a test runner or a deploy script can call them directly. */
export { type DeployOptions, type DeployResult, type DeployedMigration, DEFAULT_RETRIES, deploy } from './deploy.js';
export { type DevOptions, type DevQuestions, type DevResult, type PlanTimeouts, dev } from './dev.js';
export { type DiffOptions, type DiffResult, type Source, diff } from './diff.js';
export { type ErdOptions, type ErdResult, erd } from './erd.js';
export type { GenEvent, OnEvent } from './events.js';
export { type FormattedFile, format } from './format.js';
export { type HashResult, hash } from './hash.js';
export { type InitResult, init } from './init.js';
export { type LintOptions, type LintResult, type LintRules, lint, lintFiles } from './lint.js';
export { DEFAULT_DEV_URL } from './project.js';
export { type PullOptions, type PullResult, pull } from './pull.js';
export { type ResetOptions, type ResetResult, reset } from './reset.js';
export { type ResolveOptions, type ResolveResult, resolve } from './resolve.js';
export { type RollbackOptions, type RollbackResult, type RolledBackMigration, rollback } from './rollback.js';
export { type StatusFinding, type StatusNote, type StatusOptions, type StatusResult, status } from './status.js';
export { type ValidateResult, validate } from './validate.js';
