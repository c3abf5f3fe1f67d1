/** `gen diff --format markdown`: the diff as a pull-request comment: a verdict, the changes, the
 * hazards with what each means for its step, lint findings, the SQL collapsed, and a diagram of
 * the tables that changed with their neighbours. Everything from the schemas goes through
 * `markdown.ts`. */
import { describeChange } from '../diff/describe.js';
import { tablesTouched } from '../diff/touched.js';
import { withNeighbours } from '../erd/filter.js';
import { erDiagram } from '../erd/mermaid.js';
import { tableKey } from '../erd/names.js';
import { HAZARD_MESSAGES } from '../plan/hazards.js';
import { hazardCounts } from '../render/index.js';
import type { DiffResult } from '../use-cases/diff.js';
import { mdCode, mdDetails, mdFence, mdFinding, mdText } from './markdown.js';

/** The verdict line. */
function verdict(r: DiffResult): string {
  if (r.changes.length === 0) return '✅ No differences.';
  const steps = r.plan.steps.filter((s) => s.op.op !== 'setTimeouts').length;
  const counts = hazardCounts(r.plan.steps);
  const hazards = counts.size === 0 ? 'no hazards' : `hazards: ${[...counts].map(([h, n]) => `**${mdText(h)}** (${n})`).join(', ')}`;
  return `${counts.size === 0 ? '✅' : '⚠️'} ${r.changes.length} change${r.changes.length === 1 ? '' : 's'}, ${steps} step${steps === 1 ? '' : 's'}; ${hazards}.`;
}

/** Each hazard of each step: the code, the step (its words name the objects) and the meaning. */
function hazardLines(r: DiffResult): string[] {
  return r.plan.steps.flatMap((s) => s.hazards.map((h) => `- **${mdText(h)}** ${mdCode(s.why)}: ${mdText(HAZARD_MESSAGES[h])}`));
}

/** The diagram of the target's tables that the changes touch, with their foreign-key neighbours;
 * undefined when no table of the target changed (only drops, enums, schemas). */
function diagram(r: DiffResult): string | undefined {
  const to = r.schemas.to;
  const exists = new Set(to.tables.map(tableKey));
  const touched = new Set(
    tablesTouched(r.changes)
      .map(tableKey)
      .filter((k) => exists.has(k)),
  );
  if (touched.size === 0) return undefined;
  return erDiagram(to, withNeighbours(to, touched)).text;
}

/** A section: a heading and its lines, or nothing when there are none. */
const section = (title: string, lines: readonly string[]): string[] => (lines.length === 0 ? [] : [`#### ${title}`, '', ...lines, '']);

/** The comment. `notes` are plain-text lines (what a database holds that gen leaves alone),
 * escaped here. */
export function diffMarkdown(r: DiffResult, notes: readonly string[]): string {
  const out = ['### gen diff', '', verdict(r), ''];
  out.push(
    ...section(
      'Changes',
      r.changes.map((c) => `- ${mdCode(describeChange(c), { printed: true })}`),
    ),
  );
  out.push(...section('Hazards', hazardLines(r)));
  out.push(
    ...section(
      'Lint',
      (r.findings ?? []).map((f) => `- ${mdFinding(f)}`),
    ),
  );
  const hints = r.hints.map((h) => `- ${mdCode(`${h.table.schema}.${h.table.name}`)}: ${mdCode(h.from)} dropped and ${mdCode(h.to)} added look like a rename; if so, pass ${mdCode(h.flag)}`);
  out.push(...section('Notes', [...hints, ...notes.map((n) => `- ${mdText(n)}`)]));
  if (r.changes.length > 0) out.push(mdDetails('SQL', mdFence(r.script, 'sql')));
  const erd = diagram(r);
  if (erd !== undefined) out.push(...section('Tables changed', [mdFence(erd, 'mermaid').trimEnd()]));
  return `${out.join('\n').trimEnd()}\n`;
}
