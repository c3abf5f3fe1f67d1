/** Printing lint findings: text (position, message, lock, safe alternative, the source line and a
 * caret), JSON, or GitHub annotations. */
import { readFileSync } from 'node:fs';
import { annotation } from './github.js';
import path from 'node:path';
import type { Finding } from '../sql/lint/types.js';

/** A finding's file relative to the working directory, for display. */
const shown = (f: Finding, cwd: string) => path.relative(cwd, f.file) || f.file;

function sourceLine(file: string, line: number, cache: Map<string, string[]>): string | undefined {
  let lines = cache.get(file);
  if (!lines) {
    try {
      lines = readFileSync(file, 'utf8').split('\n');
    } catch {
      lines = [];
    }
    cache.set(file, lines);
  }
  return lines[line - 1];
}

/** The text report: active findings in full, then a one-line summary. */
export function formatText(findings: readonly Finding[], fileCount: number, cwd: string): string {
  const cache = new Map<string, string[]>();
  const out: string[] = [];
  for (const f of findings.filter((x) => !x.ignored)) {
    out.push(`${shown(f, cwd)}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}`);
    // The source line and a caret, as gen validate prints them.
    const src = sourceLine(f.file, f.line, cache);
    if (src !== undefined) {
      const n = String(f.line);
      const pad = ' '.repeat(n.length);
      out.push(`${pad} |`, `${n} | ${src.replace(/\r$/, '')}`, `${pad} | ${' '.repeat(Math.max(0, f.column - 1))}^`);
    }
    out.push(`  lock: ${f.lock}`);
    out.push(`  instead: ${f.instead}`);
    out.push('');
  }
  const count = (sev: string) => findings.filter((f) => !f.ignored && f.severity === sev).length;
  const ignored = findings.filter((f) => f.ignored).length;
  out.push(
    `${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}${ignored ? ` (${ignored} ignored by gen:lint-ignore or a declared hazard)` : ''} in ${fileCount} file${fileCount === 1 ? '' : 's'}`,
  );
  return `${out.join('\n')}\n`;
}

/** One JSON object: every finding, ignored ones included (with their reason). */
export function formatJson(findings: readonly Finding[], fileCount: number, cwd: string): string {
  const errors = findings.filter((f) => !f.ignored && f.severity === 'error').length;
  const list = findings.map((f) => {
    const { statement: _statement, ...rest } = f;
    return { ...rest, file: shown(f, cwd) };
  });
  return `${JSON.stringify({ ok: errors === 0, files: fileCount, errors, findings: list }, null, 2)}\n`;
}

/** GitHub Actions workflow commands: one `::error` / `::warning` annotation per active finding. */
export function formatGithub(findings: readonly Finding[], cwd: string): string {
  return findings
    .filter((f) => !f.ignored)
    .map((f) => annotation(f.severity, { file: shown(f, cwd), line: f.line, col: f.column, title: `gen lint ${f.code}` }, `${f.message}\nlock: ${f.lock}\ninstead: ${f.instead}`))
    .join('');
}
