/** `gen status`: flags → the status use case → text, JSON (`--json`), annotations (`--format
 * github`) or a pull-request comment (`--format markdown`). Exit 0 only when all is well. */
import { describeChange } from '../diff/describe.js';
import { type StatusFinding, type StatusNote, type StatusResult, status } from '../use-cases/status.js';
import type { GenConfig } from './config.js';
import { UserError } from '../errors.js';
import { annotation } from './github.js';
import { driftPatch, statusMarkdown } from './status-markdown.js';

/** Options of `gen status` as commander hands them over. */
export interface StatusFlags {
  url?: string;
  shadowUrl?: string;
  json?: boolean;
  format?: string;
  schema?: string;
  migrations?: string;
  all?: boolean;
  checkDown?: boolean;
  since?: string;
  config?: GenConfig;
}

/** A finding's whole message: what differs is spelled out (changes, or a DBML patch for drift). */
function messageOf(f: StatusFinding, database: string | undefined): string {
  if (f.kind === 'schema' && f.changes) return `${f.message}\n${f.changes.map((c) => `  ${describeChange(c)}`).join('\n')}`;
  if (f.kind === 'drift') return `${f.message}\n${driftPatch(f.expected, f.current, database)}`;
  return f.message;
}

/** A finding or note as JSON and annotations show it. */
function plain(f: StatusFinding | StatusNote, message: string) {
  return {
    kind: f.kind,
    message,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
  };
}

function render(r: StatusResult, flags: StatusFlags): string {
  if (flags.format === 'markdown' && !flags.json) return statusMarkdown(r);
  const findings = r.findings.map((f) => plain(f, messageOf(f, r.database)));
  const notes = r.notes.map((n) => plain(n, n.message));
  if (flags.json) return `${JSON.stringify({ ok: r.ok, database: r.database ?? null, migrations: r.migrations, linted: r.linted, findings, notes }, null, 2)}\n`;
  if (flags.format === 'github') {
    const at = (f: ReturnType<typeof plain>) => ({ file: f.file, line: f.line, col: f.column, title: `gen status (${f.kind})` });
    return [...findings.map((f) => annotation('error', at(f), f.message)), ...notes.map((n) => annotation(n.kind === 'lint' || n.kind === 'unmanaged' ? 'warning' : 'notice', at(n), n.message))].join('');
  }
  const lines =
    findings.length === 0
      ? [`ok: ${r.migrations} migration${r.migrations === 1 ? '' : 's'}, gen.sum matches, ${r.schemaLabel} matches the migrations${r.database ? `, ${r.database} is up to date` : ''}; lint clean (${r.linted})`]
      : findings.map((f) => `✗ ${f.message}`);
  for (const n of notes) lines.push(`${n.kind === 'lint' || n.kind === 'unmanaged' ? '⚠' : 'ℹ'} ${n.message}`);
  return `${lines.join('\n')}\n`;
}

/** Runs `gen status`; returns the exit code. */
export async function statusCommand(flags: StatusFlags, cwd = process.cwd()): Promise<number> {
  if (flags.format !== undefined && !['text', 'github', 'markdown'].includes(flags.format)) throw new UserError(`--format ${flags.format}: expected text, github or markdown`);
  const result = await status({
    cwd,
    schema: flags.schema,
    migrations: flags.migrations,
    url: flags.url,
    shadowUrl: flags.shadowUrl,
    all: flags.all,
    checkDown: flags.checkDown,
    since: flags.since,
    lintRules: flags.config?.lint?.rules,
    onEvent: (e) => {
      if (e.kind === 'warning') process.stderr.write(`${e.text}\n`);
    },
  });
  process.stdout.write(render(result, flags));
  return result.ok ? 0 : 1;
}
