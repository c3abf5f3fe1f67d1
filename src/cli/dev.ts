/** `gen dev --name NAME`: flags → the dev use case → text; the questions at a terminal. */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { describeChange, describeHint } from '../diff/describe.js';
import { printable } from '../model/identifiers.js';
import { assertNever } from '../model/types.js';
import { type DevQuestions, type DevResult, type PlanTimeouts, dev } from '../use-cases/dev.js';
import type { GenEvent } from '../use-cases/events.js';
import type { GenConfig } from './config.js';
import { eventLine } from './deploy.js';
import { formatText } from './lint-output.js';

/** Options of `gen dev` as commander hands them over. */
export interface DevFlags {
  name?: string;
  createOnly?: boolean;
  acceptDataLoss?: boolean;
  rename?: string[];
  url?: string;
  shadowUrl?: string;
  online?: boolean;
  schema?: string;
  migrations?: string;
  /** Planner timeouts (from gen.config.json). */
  plan?: PlanTimeouts;
  config?: GenConfig;
}

const interactive = () => process.stdin.isTTY === true && process.stdout.isTTY === true;

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

const yes = async (question: string) => /^y(es)?$/i.test((await ask(`${question} [y/N] `)).trim());

/** Likely renames are asked about at a terminal and never guessed. */
const questions: DevQuestions = {
  rename: (h) => yes(printable(`${h.table.schema}.${h.table.name}: was ${h.from} renamed to ${h.to}?`)),
  deleteData: () => yes('This migration deletes data. Continue?'),
  name: () => ask('Name of the migration: '),
};

function eventText(e: GenEvent, cwd: string): string | undefined {
  switch (e.kind) {
    case 'planned': {
      const out = [`${e.changes.length} change${e.changes.length === 1 ? '' : 's'}:`, ...e.changes.map((c) => `  ${describeChange(c)}`)];
      for (const h of e.hints) out.push(`Hint: ${describeHint(h)}`);
      if (e.hazards.length > 0) out.push(`Hazards: ${e.hazards.map(([h, n]) => `${h} (${n})`).join(', ')}`);
      return out.join('\n');
    }
    case 'written': {
      const out = [`wrote ${path.relative(cwd, e.path)}/migration.sql and down.sql`];
      if (e.findings.length > 0) out.push(formatText(e.findings, 1, cwd).trimEnd());
      // Proven on the shadow database: up then down did not give back the same schema.
      for (const r of e.irreversible) out.push(`down.sql is marked irreversible: ${r}`);
      return out.join('\n');
    }
    default:
      return eventLine(e, 'dev');
  }
}

function render(r: DevResult, cwd: string): string {
  switch (r.outcome) {
    case 'up-to-date':
      return `${r.schemaFiles.map((f) => path.relative(cwd, f)).join(' + ')} and the migrations agree: nothing to do.`;
    case 'written':
      return r.applied ? `applied ${r.folder} to ${r.database}` : 'not applied (--create-only): edit it if you need to, then run gen dev again';
    default:
      return assertNever(r);
  }
}

/** Runs `gen dev`; returns the exit code. */
export async function devCommand(flags: DevFlags, cwd = process.cwd()): Promise<number> {
  const result = await dev({
    cwd,
    schema: flags.schema,
    migrations: flags.migrations,
    url: flags.url,
    shadowUrl: flags.shadowUrl,
    name: flags.name,
    createOnly: flags.createOnly,
    acceptDataLoss: flags.acceptDataLoss,
    renames: flags.rename,
    online: flags.online,
    timeouts: flags.plan,
    lintRules: flags.config?.lint?.rules,
    questions: interactive() ? questions : undefined,
    onEvent: (e) => {
      if (e.kind === 'warning') return void process.stderr.write(`${e.text}\n`);
      const text = eventText(e, cwd);
      if (text !== undefined) process.stdout.write(`${text}\n`);
    },
  });
  process.stdout.write(`${render(result, cwd)}\n`);
  return 0;
}
