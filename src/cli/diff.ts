/** `gen diff --from-X --to-Y`: flags → the diff use case → a summary, a script or JSON;
 * `--exit-code` exits 2 when there are differences. */
import { describeChange, describeHint } from '../diff/describe.js';
import { brokenWords } from '../diff/unmanaged.js';
import { UserError } from '../errors.js';
import type { UnmanagedObject } from '../introspect/index.js';
import { printable } from '../model/identifiers.js';
import { hazardDetails } from '../plan/hazards.js';
import type { Plan } from '../plan/types.js';
import { hazardCounts, statements } from '../render/index.js';
import type { PlanTimeouts } from '../use-cases/dev.js';
import { type DiffResult, diff } from '../use-cases/diff.js';
import type { LintRules } from '../use-cases/lint.js';
import { sourceOf } from '../use-cases/sources.js';
import { diffMarkdown } from './diff-markdown.js';

/** Options of `gen diff` as commander hands them over. */
export interface DiffFlags {
  fromEmpty?: boolean;
  fromSchema?: string;
  fromUrl?: string;
  fromMigrations?: string;
  toEmpty?: boolean;
  toSchema?: string;
  toUrl?: string;
  toMigrations?: string;
  shadowUrl?: string;
  rename?: string[];
  online?: boolean;
  /** Planner timeouts (from gen.config.json). */
  plan?: PlanTimeouts;
  script?: boolean;
  json?: boolean;
  /** `text` (the default) or `markdown`. */
  format?: string;
  /** Lint severities (from gen.config.json), for the markdown comment's findings. */
  lintRules?: LintRules;
  exitCode?: boolean;
}

function planJson(p: Plan) {
  return p.steps.map((s) => ({
    sql: statements(s.op),
    hazards: hazardDetails(s),
    changes: s.changes ?? [],
    transactional: s.transactional,
    why: s.why,
    ...(s.irreversible ? { irreversible: s.irreversible } : {}),
  }));
}

function summary(r: DiffResult): string {
  const out: string[] = [];
  if (r.changes.length === 0) out.push('No differences.');
  else {
    const steps = r.plan.steps.filter((s) => s.op.op !== 'setTimeouts').length;
    out.push(`${r.changes.length} change${r.changes.length === 1 ? '' : 's'}, ${steps} step${steps === 1 ? '' : 's'}:`);
    for (const c of r.changes) out.push(`  ${describeChange(c)}`);
    const counts = hazardCounts(r.plan.steps);
    out.push(counts.size === 0 ? 'Hazards: none.' : `Hazards: ${[...counts].map(([h, n]) => `${h} (${n})`).join(', ')}.`);
    for (const h of r.hints) out.push(`Hint: ${describeHint(h)}`);
    for (const b of r.broken) out.push(printable(`Warning: ${brokenWords(b)}`));
    out.push('Run with --script for the SQL.');
  }
  for (const side of ['from', 'to'] as const) out.push(...notManaged(side, r.unmanaged[side]));
  return `${out.join('\n')}\n`;
}

/** Runs the command; returns the exit code. */
export async function diffCommand(flags: DiffFlags): Promise<number> {
  const markdown = flags.format === 'markdown';
  if ([flags.script, flags.json, markdown].filter(Boolean).length > 1) throw new UserError('--script, --json and --format markdown are alternatives: give one');
  const r = await diff({
    from: sourceOf('from', { empty: flags.fromEmpty, schema: flags.fromSchema, url: flags.fromUrl, migrations: flags.fromMigrations }),
    to: sourceOf('to', { empty: flags.toEmpty, schema: flags.toSchema, url: flags.toUrl, migrations: flags.toMigrations }),
    shadowUrl: flags.shadowUrl,
    renames: flags.rename,
    online: flags.online,
    timeouts: flags.plan,
    lint: markdown,
    lintRules: flags.lintRules,
    onEvent: (e) => e.kind === 'warning' && process.stderr.write(`${e.text}\n`),
  });
  if (flags.script) process.stdout.write(r.script);
  else if (flags.json) process.stdout.write(`${JSON.stringify({ changes: r.changes, steps: planJson(r.plan), hints: r.hints, unmanaged: r.unmanaged, broken: r.broken }, null, 2)}\n`);
  else if (markdown) {
    const notes = [notManagedText('from', r.unmanaged.from), notManagedText('to', r.unmanaged.to)].filter((t) => t !== undefined);
    process.stdout.write(diffMarkdown(r, notes));
  } else process.stdout.write(summary(r));
  return flags.exitCode && r.changes.length > 0 ? 2 : 0;
}

/** One line naming what a database side holds that gen reads but leaves alone (owners, grants,
 * views, ...): never compared, so it never makes a difference. */
function notManaged(side: 'from' | 'to', objects: readonly UnmanagedObject[]): string[] {
  const text = notManagedText(side, objects);
  return text === undefined ? [] : [printable(text)];
}

/** That line as it is, names unescaped (undefined when there is nothing to say). */
function notManagedText(side: 'from' | 'to', objects: readonly UnmanagedObject[]): string | undefined {
  if (objects.length === 0) return undefined;
  const shown = objects.slice(0, 8).map((u) => `${u.kind} ${u.schema ? `${u.schema}.` : ''}${u.name}`);
  const more = objects.length > shown.length ? `, and ${objects.length - shown.length} more` : '';
  return `Not managed in the --${side} database (left alone, not compared): ${shown.join(', ')}${more}.`;
}
