/** Lint: safety rules over migration SQL (locks, rewrites, data loss). Default: the migrations
 * folder; `since` keeps the files added or changed since a git ref. */
import path from 'node:path';
import { readTextFile } from '../io/text-file.js';
import { RULES, lintScript } from '../sql/lint/index.js';
import type { Finding, Severity } from '../sql/lint/types.js';
import { loadSqlParser } from '../sql/split.js';
import { UserError } from '../errors.js';
import { changedSince, lintTargets } from './lint-files.js';

/** Severities per rule code (`off` silences a rule), as gen.config.json's `lint.rules`. */
export type LintRules = Readonly<Record<string, Severity>>;

/** Options of `lint`. */
export interface LintOptions {
  readonly cwd?: string | undefined;
  /** SQL files or folders (default: the migrations folder). */
  readonly paths?: readonly string[] | undefined;
  readonly migrations?: string | undefined;
  /** Only files added or changed since this git ref. */
  readonly since?: string | undefined;
  readonly rules?: LintRules | undefined;
}

/** What `lint` found; `failed` when an error-level finding is not ignored. */
export interface LintResult {
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  readonly failed: boolean;
}

/** Throws on a rule code that does not exist (a typo would silently do nothing). */
function checkRules(rules: LintRules): void {
  const codes = RULES.map((r) => r.code);
  for (const code of Object.keys(rules)) {
    if (!codes.includes(code)) throw new UserError(`gen.config.json: unknown setting lint.rules.${code} (known: ${codes.join(', ')})`);
  }
}

/** Lints `files` with `rules`. */
export async function lintFiles(files: readonly string[], rules: LintRules = {}): Promise<Finding[]> {
  checkRules(rules);
  await loadSqlParser();
  return files.flatMap((f) => lintScript(readTextFile(f, path.relative(process.cwd(), f) || f), f, rules));
}

/** Lints a script that is not in a file (`gen diff`'s), its findings positioned in `label`. */
export async function lintText(text: string, label: string, rules: LintRules = {}): Promise<Finding[]> {
  checkRules(rules);
  await loadSqlParser();
  return lintScript(text, label, rules);
}

/** Lints the files `options` name. */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  let files = lintTargets(options.paths ?? [], path.resolve(cwd, options.migrations ?? 'migrations'), cwd);
  if (options.since !== undefined) files = changedSince(files, options.since, cwd);
  const findings = await lintFiles(files, options.rules);
  return { files, findings, failed: findings.some((f) => !f.ignored && f.severity === 'error') };
}
