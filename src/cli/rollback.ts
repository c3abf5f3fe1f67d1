/** `gen rollback`: flags → the rollback use case → text. */
import { assertNever } from '../model/types.js';
import { type RollbackResult, type RolledBackMigration, rollback } from '../use-cases/rollback.js';
import { UserError } from '../errors.js';
import { eventSink, parseDuration, parseRetries } from './deploy.js';

/** Options of `gen rollback` as commander hands them over. */
export interface RollbackFlags {
  url?: string;
  to?: string;
  steps?: string;
  dryRun?: boolean;
  acceptDataLoss?: boolean;
  acceptIrreversible?: boolean;
  lockWait?: string;
  retries?: string;
  migrations?: string;
  json?: boolean;
}

const plural = (n: number) => `${n} migration${n === 1 ? '' : 's'}`;

function parseSteps(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d{0,5}$/.test(text.trim())) throw new UserError(`--steps ${text}: expected a whole number from 1`);
  return Number(text);
}

function item(m: RolledBackMigration): string {
  const lines = [`  ${m.name} (${m.file})${m.resume ? ` (resuming at unit ${m.resume.unit} of ${m.resume.units})` : ''}`];
  for (const d of m.dataLoss) lines.push(`    data loss: ${d}`);
  for (const r of m.irreversible) lines.push(`    irreversible: ${r}`);
  return lines.join('\n');
}

function render(r: RollbackResult): string {
  switch (r.outcome) {
    case 'nothing-applied':
      return `nothing to roll back: no migration is applied to ${r.database}`;
    case 'dry-run': {
      const flags = [r.migrations.some((m) => m.dataLoss.length > 0) ? '--accept-data-loss' : '', r.migrations.some((m) => m.irreversible.length > 0) ? '--accept-irreversible' : ''].filter(Boolean);
      const needs = flags.length > 0 ? `\nrunning it needs ${flags.join(' and ')}` : '';
      return `would roll back ${plural(r.migrations.length)} on ${r.database}, newest first:\n${r.migrations.map(item).join('\n')}${needs}`;
    }
    case 'rolled-back':
      return `rolled back ${plural(r.migrations.length)} on ${r.database}: ${r.migrations.length === 1 ? 'it is' : 'they are'} pending again (gen deploy applies ${r.migrations.length === 1 ? 'it' : 'them'})`;
    default:
      return assertNever(r.outcome);
  }
}

/** Runs `gen rollback`; returns the exit code. */
export async function rollbackCommand(flags: RollbackFlags, cwd = process.cwd()): Promise<number> {
  const sink = eventSink(flags.json, 'rollback');
  const result = await rollback({
    cwd,
    migrations: flags.migrations,
    url: flags.url,
    to: flags.to,
    steps: parseSteps(flags.steps),
    dryRun: flags.dryRun,
    acceptDataLoss: flags.acceptDataLoss,
    acceptIrreversible: flags.acceptIrreversible,
    lockWaitMs: parseDuration(flags.lockWait ?? '60s', '--lock-wait'),
    retries: parseRetries(flags.retries),
    onEvent: sink.onEvent,
  }).finally(() => sink.close());
  sink.result(result, render(result));
  return 0;
}
