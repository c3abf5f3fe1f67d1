/** `gen lint [FILES|DIRS]`: safety rules over migration SQL (default: the migrations folder);
 * `--since REF` for files changed since a git ref. Exit 1 when an error-level finding is not
 * ignored. */
import { readTextFile } from '../io/text-file.js';
import path from 'node:path';
import { RULES, lintScript } from '../sql/lint/index.js';
import type { Finding } from '../sql/lint/types.js';
import { loadSqlParser } from '../sql/split.js';
import { type GenConfig, checkLintRules } from './config.js';
import { changedSince, lintTargets } from './lint-files.js';
import { formatGithub, formatJson, formatText } from './lint-output.js';
import { commandBoundary } from './boundary.js';
import { UserError } from './errors.js';

/** Options of `gen lint`. */
export interface LintFlags {
  json?: boolean;
  format?: string;
  since?: string;
  migrations?: string;
}

/** Lints `files` with the severities of `config`. */
export async function lintFiles(files: readonly string[], config: GenConfig): Promise<Finding[]> {
  checkLintRules(config, RULES.map((r) => r.code));
  await loadSqlParser();
  return files.flatMap((f) => lintScript(readTextFile(f, path.relative(process.cwd(), f) || f), f, config.lint?.rules ?? {}));
}

/** Runs `gen lint`; returns the exit code. */
export async function lintCommand(args: readonly string[], flags: LintFlags, config: GenConfig, cwd = process.cwd()): Promise<number> {
  return commandBoundary(async () => {
    if (flags.format !== undefined && flags.format !== 'github' && flags.format !== 'text') throw new UserError(`--format ${flags.format}: expected text or github`);
    let files = lintTargets(args, path.resolve(cwd, flags.migrations ?? config.migrations ?? 'migrations'), cwd);
    if (flags.since !== undefined) files = changedSince(files, flags.since, cwd);
    const findings = await lintFiles(files, config);
    if (flags.json) process.stdout.write(formatJson(findings, files.length, cwd));
    else if (flags.format === 'github') process.stdout.write(formatGithub(findings, cwd));
    else process.stdout.write(formatText(findings, files.length, cwd));
    return findings.some((f) => !f.ignored && f.severity === 'error') ? 1 : 0;
  });
}
