/** `gen status --format markdown`: the verdict as a pull-request comment: ✅ or ❌, the findings
 * (each a list item; lint findings with position and rule, an edited schema with its changes),
 * the notes, and drift as a collapsed DBML diff. Everything from files and databases goes
 * through `markdown.ts`. */
import { lift } from '../dbml/print/lift.js';
import { printDocument } from '../dbml/print/print.js';
import { describeChange } from '../diff/describe.js';
import type { Schema } from '../model/types.js';
import type { StatusFinding, StatusNote, StatusResult } from '../use-cases/status.js';
import { mdCode, mdDetails, mdFence, mdFinding, mdLines, mdText } from './markdown.js';
import { unifiedDiff } from './unified-diff.js';

const asDbml = (s: Schema) => printDocument(lift(s).document);

/** What a drifted database differs in, as a unified diff of DBML (applied migrations → database). */
export function driftPatch(expected: Schema, current: Schema, database: string | undefined): string {
  return unifiedDiff('migrations (applied)', database ?? '', asDbml(expected), asDbml(current), '', '');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One finding or note as a list item (and, for schema changes, a nested list). */
function item(f: StatusFinding | StatusNote): string[] {
  if (f.rule && f.file !== undefined && f.line !== undefined) return [`- **${mdText(f.kind)}** ${mdFinding({ ...f.rule, file: f.file, line: f.line, column: f.column ?? 1 })}`];
  const at = f.file !== undefined && f.line !== undefined ? ` ${mdCode(`${f.file}:${f.line}:${f.column ?? 1}`)}` : '';
  const head = `- **${mdText(f.kind)}**${at} ${mdLines(f.message)}`;
  if (f.kind === 'schema' && 'changes' in f && f.changes) return [head, ...f.changes.map((c) => `  - ${mdCode(describeChange(c), { printed: true })}`)];
  if (f.kind === 'drift') return [`${head} (the DBML diff is below)`];
  return [head];
}

/** The comment. */
export function statusMarkdown(r: StatusResult): string {
  const out = [`### ${r.ok ? '✅' : '❌'} gen status`, ''];
  const db = r.database !== undefined ? `, ${mdCode(r.database)} is up to date` : '';
  if (r.ok) out.push(`${plural(r.migrations, 'migration')}, gen.sum matches, ${mdCode(r.schemaLabel)} matches the migrations${db}; lint clean (${mdLines(r.linted)}).`, '');
  else out.push(`${plural(r.findings.length, 'problem')} (${plural(r.migrations, 'migration')}; linted: ${mdLines(r.linted)}).`, '');
  if (r.findings.length > 0) out.push('#### Problems', '', ...r.findings.flatMap(item), '');
  if (r.notes.length > 0) out.push('#### Notes', '', ...r.notes.flatMap(item), '');
  for (const f of r.findings) {
    // At the top level, not in a list item: a fence inside one would need every content line indented.
    if (f.kind === 'drift') out.push('#### Drift', '', mdLines(f.message), '', mdDetails('DBML diff', mdFence(driftPatch(f.expected, f.current, r.database), 'diff')));
  }
  return `${out.join('\n').trimEnd()}\n`;
}
