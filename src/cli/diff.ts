/** `gen diff --from-X --to-Y`: the changes between any two sources, as a summary, a script or
 * JSON; `--exit-code` exits 2 when there are differences. */
import { describeChange, describeHint } from '../diff/describe.js';
import { parseRenameFlag } from '../diff/rename-flag.js';
import type { Rename } from '../diff/changes.js';
import { diff, renameHints } from '../diff/index.js';
import { plan } from '../plan/index.js';
import type { Plan } from '../plan/types.js';
import { hazardCounts, render, statements } from '../render/index.js';
import { commandBoundary } from './boundary.js';
import { type Source, UserError, comparable, loadBoth, sourceOf } from './sources.js';
import { hazardDetails } from '../plan/hazards.js';
import type { UnmanagedObject } from '../introspect/index.js';
import { printable } from '../model/identifiers.js';

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
  plan?: { lockTimeout?: string; statementTimeout?: string; longStatementTimeout?: string };
  script?: boolean;
  json?: boolean;
  exitCode?: boolean;
}

function planJson(p: Plan) {
  return p.steps.map((s) => ({
    sql: statements(s.op), hazards: hazardDetails(s), changes: s.changes ?? [], transactional: s.transactional, why: s.why,
    ...(s.irreversible ? { irreversible: s.irreversible } : {}),
  }));
}

/** Runs the command; returns the exit code. */
export async function diffCommand(flags: DiffFlags): Promise<number> {
  return commandBoundary(async () => {
    if (flags.script && flags.json) throw new UserError('--script and --json are alternatives: give one');
    const fromSource: Source = sourceOf('from', { empty: flags.fromEmpty, schema: flags.fromSchema, url: flags.fromUrl, migrations: flags.fromMigrations });
    const toSource: Source = sourceOf('to', { empty: flags.toEmpty, schema: flags.toSchema, url: flags.toUrl, migrations: flags.toMigrations });
    let [from, to] = await loadBoth(fromSource, toSource, flags.shadowUrl);
    [from, to] = await comparable(from, to, flags.shadowUrl);
    const renames: Rename[] = [...to.renames];
    for (const f of flags.rename ?? []) {
      const r = parseRenameFlag(f, from.schema);
      if (typeof r === 'string') throw new UserError(r);
      renames.push(r);
    }
    // No down script here: gen diff shows one direction.
    const changes = diff(from.schema, to.schema, { renames });
    const up = plan(changes, { from: from.schema, to: to.schema }, { online: flags.online !== false, ...flags.plan });
    const m = { changes, up, upSql: render(up, { title: 'gen diff' }), hints: renameHints(changes) };
    const different = m.changes.length > 0;
    if (flags.script) process.stdout.write(m.upSql);
    else if (flags.json) {
      const unmanaged = { from: from.unmanaged ?? [], to: to.unmanaged ?? [] };
      process.stdout.write(`${JSON.stringify({ changes: m.changes, steps: planJson(m.up), hints: m.hints, unmanaged }, null, 2)}\n`);
    } else {
      const out: string[] = [];
      if (!different) out.push('No differences.');
      else {
        const steps = m.up.steps.filter((s) => s.op.op !== 'setTimeouts').length;
        out.push(`${m.changes.length} change${m.changes.length === 1 ? '' : 's'}, ${steps} step${steps === 1 ? '' : 's'}:`);
        for (const c of m.changes) out.push(`  ${describeChange(c)}`);
        const counts = hazardCounts(m.up.steps);
        out.push(counts.size === 0 ? 'Hazards: none.' : `Hazards: ${[...counts].map(([h, n]) => `${h} (${n})`).join(', ')}.`);
        for (const h of m.hints) out.push(`Hint: ${describeHint(h)}`);
        out.push('Run with --script for the SQL.');
      }
      for (const [side, x] of [['from', from], ['to', to]] as const) out.push(...notManaged(side, x.unmanaged ?? []));
      process.stdout.write(`${out.join('\n')}\n`);
    }
    return flags.exitCode && different ? 2 : 0;
  });
}

/** One line naming what a database side holds that gen reads but leaves alone (owners, grants,
 * views, ...): never compared, so it never makes a difference. */
function notManaged(side: 'from' | 'to', objects: readonly UnmanagedObject[]): string[] {
  if (objects.length === 0) return [];
  const shown = objects.slice(0, 8).map((u) => `${u.kind} ${u.schema ? `${u.schema}.` : ''}${u.name}`);
  const more = objects.length > shown.length ? `, and ${objects.length - shown.length} more` : '';
  return [printable(`Not managed in the --${side} database (left alone, not compared): ${shown.join(', ')}${more}.`)];
}
