/** `gen lint [FILES|DIRS]`: flags → the lint use case → text, JSON or annotations. */
import { lint } from '../use-cases/lint.js';
import type { GenConfig } from './config.js';
import { formatGithub, formatJson, formatText } from './lint-output.js';
import { UserError } from '../errors.js';

/** Options of `gen lint`. */
export interface LintFlags {
  json?: boolean;
  format?: string;
  since?: string;
  migrations?: string;
}

/** Runs `gen lint`; returns the exit code. */
export async function lintCommand(args: readonly string[], flags: LintFlags, config: GenConfig, cwd = process.cwd()): Promise<number> {
  if (flags.format !== undefined && flags.format !== 'github' && flags.format !== 'text') throw new UserError(`--format ${flags.format}: expected text or github`);
  const r = await lint({ cwd, paths: args, migrations: flags.migrations ?? config.migrations, since: flags.since, rules: config.lint?.rules });
  if (flags.json) process.stdout.write(formatJson(r.findings, r.files.length, cwd));
  else if (flags.format === 'github') process.stdout.write(formatGithub(r.findings, cwd));
  else process.stdout.write(formatText(r.findings, r.files.length, cwd));
  return r.failed ? 1 : 0;
}
