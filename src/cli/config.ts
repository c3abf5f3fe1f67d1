/** `gen.config.json` (optional, in the working directory): defaults for the schema file, the
 * migrations folder, the planner's online forms and timeouts, and lint severities. Flags beat
 * the file. Unknown keys and bad values are errors, not silently ignored settings. */
import { existsSync } from 'node:fs';
import { readTextFile } from '../io/text-file.js';
import path from 'node:path';
import type { Severity } from '../sql/lint/types.js';
import { UserError } from '../errors.js';

/** The settings `gen.config.json` can hold. */
export interface GenConfig {
  readonly schema?: string;
  readonly migrations?: string;
  /** Online-safe forms on existing tables (default true); `--no-online` beats it. */
  readonly online?: boolean;
  /** PostgreSQL durations the planner puts in migrations: `lock` (default 5s), `statement`
   * (1min), `long` for index builds, validations and rewrites (1h). */
  readonly timeouts?: { readonly lock?: string; readonly statement?: string; readonly long?: string };
  readonly lint?: { readonly rules?: Readonly<Record<string, Severity>> };
}

export const CONFIG_FILE = 'gen.config.json';

const DURATION = /^\d+\s*(ms|s|min|h|d)?$/;
const SEVERITIES = new Set(['error', 'warning', 'off']);

function fail(message: string): never {
  throw new UserError(`${CONFIG_FILE}: ${message}`);
}

function keys(value: unknown, where: string, allowed: readonly string[]): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(`${where} must be an object`);
  for (const k of Object.keys(value)) if (!allowed.includes(k)) fail(`unknown setting ${where === 'the file' ? '' : `${where}.`}${k} (known: ${allowed.join(', ')})`);
  return value as Record<string, unknown>;
}

function text(v: unknown, where: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') fail(`${where} must be a non-empty string`);
  return v;
}

/** Reads and checks `gen.config.json` in `cwd`; an absent file is an empty config. */
export function loadConfig(cwd: string): GenConfig {
  const file = path.join(cwd, CONFIG_FILE);
  if (!existsSync(file)) return {};
  const source = readTextFile(file, CONFIG_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (e) {
    fail(`not valid JSON: ${(e as Error).message}`);
  }
  const top = keys(raw, 'the file', ['$schema', 'schema', 'migrations', 'online', 'timeouts', 'lint']);
  const config: { -readonly [K in keyof GenConfig]: GenConfig[K] } = {};
  const schema = text(top['schema'], 'schema');
  if (schema) config.schema = schema;
  const migrations = text(top['migrations'], 'migrations');
  if (migrations) config.migrations = migrations;
  if (top['online'] !== undefined) {
    if (typeof top['online'] !== 'boolean') fail('online must be true or false');
    config.online = top['online'];
  }
  if (top['timeouts'] !== undefined) {
    const t = keys(top['timeouts'], 'timeouts', ['lock', 'statement', 'long']);
    const timeouts: Record<string, string> = {};
    for (const [k, v] of Object.entries(t)) {
      if (typeof v !== 'string' || !DURATION.test(v.trim())) fail(`timeouts.${k} must be a PostgreSQL duration such as '5s', '500ms', '1min' or '1h'`);
      timeouts[k] = v.trim();
    }
    config.timeouts = timeouts;
  }
  if (top['lint'] !== undefined) {
    const l = keys(top['lint'], 'lint', ['rules']);
    // Rule codes are checked where the rules are loaded (checkLintRules): loading every rule at
    // startup would slow down every command.
    const rules = l['rules'] ?? {};
    if (!rules || typeof rules !== 'object' || Array.isArray(rules)) fail('lint.rules must be an object');
    for (const [code, sev] of Object.entries(rules)) if (typeof sev !== 'string' || !SEVERITIES.has(sev)) fail(`lint.rules.${code} must be "error", "warning" or "off"`);
    config.lint = { rules: rules as Record<string, Severity> };
  }
  return config;
}

/** The planner options a config implies. */
export function planOptionsOf(config: GenConfig): { lockTimeout?: string; statementTimeout?: string; longStatementTimeout?: string } {
  const t = config.timeouts ?? {};
  return {
    ...(t.lock ? { lockTimeout: t.lock } : {}),
    ...(t.statement ? { statementTimeout: t.statement } : {}),
    ...(t.long ? { longStatementTimeout: t.long } : {}),
  };
}
