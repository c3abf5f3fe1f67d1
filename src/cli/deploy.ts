/** `gen deploy`: flags → the deploy use case → text. */
import { assertNever } from '../model/types.js';
import { DEFAULT_RETRIES, type DeployResult, deploy } from '../use-cases/deploy.js';
import type { GenEvent } from '../use-cases/events.js';
import { UserError } from '../errors.js';
import { type ProgressWriter, progressWriter } from './progress.js';

/** Options of `gen deploy` as commander hands them over. */
export interface DeployFlags {
  url?: string;
  lockWait?: string;
  dryRun?: boolean;
  allowOutOfOrder?: boolean;
  migrations?: string;
  retries?: string;
  json?: boolean;
}

/** Where deploy's and rollback's events go: text lines with unit progress, or (`--json`) one
 * JSON object per line, for a pipeline to read as they come. */
export function eventSink(json: boolean | undefined, command: 'deploy' | 'rollback'): { readonly onEvent: (e: GenEvent) => void; readonly close: () => void; readonly result: (r: object, text: string) => void } {
  if (json) {
    return {
      onEvent: (e) => {
        const { kind, ...rest } = e;
        process.stdout.write(`${JSON.stringify({ event: kind, ...('progress' in rest ? rest.progress : rest) })}\n`);
      },
      close: () => {},
      result: (r) => process.stdout.write(`${JSON.stringify({ ok: true, ...r })}\n`),
    };
  }
  const progress = progressWriter();
  return { onEvent: progressEvents(progress, command), close: () => progress.close(), result: (_r, text) => process.stdout.write(`${text}\n`) };
}

/** Event lines through `progress`, and unit progress to it. */
export function progressEvents(progress: ProgressWriter, command: 'deploy' | 'rollback'): (e: GenEvent) => void {
  return (e) => {
    if (e.kind === 'unit') return progress.onUnit(e.progress);
    const line = eventLine(e, command);
    if (line !== undefined) progress.line(line);
  };
}

export function parseRetries(text: string | undefined): number {
  if (text === undefined) return DEFAULT_RETRIES;
  if (!/^\d{1,2}$/.test(text.trim())) throw new UserError(`--retries ${text}: expected a whole number from 0 to 99`);
  return Number(text);
}

/** `60s`, `500ms`, `2m` in milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new UserError(`${flag} ${text}: expected a duration such as 60s, 500ms or 2m`);
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
}

/** Progress lines of deploy, rollback and dev (unit progress is drawn by `progressWriter`). */
export function eventLine(e: GenEvent, command: 'deploy' | 'dev' | 'rollback'): string | undefined {
  switch (e.kind) {
    case 'applied':
      return command === 'dev' ? `applied ${e.name}` : `applied ${e.name}${e.resumed ? ' (resumed)' : ''} in ${e.ms} ms`;
    case 'rolled-back':
      return `rolled back ${e.name}${e.resumed ? ' (resumed)' : ''} in ${e.ms} ms`;
    case 'resuming':
      return `resuming ${e.name} at unit ${e.unit} of ${e.units} (${e.previous})`;
    case 'rerunning':
      return `running ${e.name} again (${e.previous})`;
    case 'retry':
      return e.message;
    case 'unit':
    case 'warning':
    case 'planned':
    case 'written':
      return undefined;
    default:
      return assertNever(e);
  }
}

const plural = (n: number) => `${n} migration${n === 1 ? '' : 's'}`;

function render(r: DeployResult): string {
  switch (r.outcome) {
    case 'up-to-date':
      return `nothing to deploy: ${plural(r.migrations)} applied to ${r.database}`;
    case 'dry-run':
      return `would apply ${plural(r.pending.length)} to ${r.database}:\n${r.pending.map((p) => `  ${p.name}${p.resume ? ` (resuming at unit ${p.resume.unit} of ${p.resume.units}, after ${p.resume.applied} statements)` : ''}`).join('\n')}`;
    case 'deployed':
      return `deployed ${plural(r.pending.length)} to ${r.database}`;
    default:
      return assertNever(r.outcome);
  }
}

/** Runs `gen deploy`; returns the exit code. */
export async function deployCommand(flags: DeployFlags, cwd = process.cwd()): Promise<number> {
  const sink = eventSink(flags.json, 'deploy');
  const result = await deploy({
    cwd,
    migrations: flags.migrations,
    url: flags.url,
    lockWaitMs: parseDuration(flags.lockWait ?? '60s', '--lock-wait'),
    retries: parseRetries(flags.retries),
    dryRun: flags.dryRun,
    allowOutOfOrder: flags.allowOutOfOrder,
    onEvent: sink.onEvent,
  }).finally(() => sink.close());
  sink.result(result, render(result));
  return 0;
}
