/** Markdown for pull-request comments (GitHub-flavoured), built so that names, comments and
 * messages from schema files, databases and migrations stay inside the piece they belong to:
 * text is escaped, inline code and code fences are delimited by more backticks than the content
 * holds, and every piece is one line (`printable`) unless it is a fenced block. */
import { printable } from '../model/identifiers.js';
import type { FailureReport } from './failure.js';

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}

// The characters that start or end inline Markdown (emphasis, strikethrough, code, links,
// images, table cells, math); each means itself once backslash-escaped.
const INLINE = /[\\`*_[\]|~$!]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `text` as inline Markdown text, on one line: HTML-significant characters as entities, those
 * that start inline Markdown backslash-escaped, a list or heading marker escaped at the start,
 * and a zero-width space after `@` and `#`, since GitHub links mentions and issue references in
 * rendered text whatever the escaping. */
export function mdText(text: string): string {
  return printable(text)
    .replace(INLINE, (ch) => `\\${ch}`)
    .replace(/[&<>]/g, (ch) => ENTITIES[ch]!)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/([@#])/g, '$1\u200b');
}

/** `text` as an inline code span on one line: literal, never HTML, never a mention. Text that
 * went through `printable` already (`describeChange`'s) says so with `printed`, so that its
 * escapes are not escaped twice. */
export function mdCode(text: string, options: { readonly printed?: boolean } = {}): string {
  const t = options.printed && !/[\r\n\u0085\u2028\u2029]/.test(text) ? text : printable(text);
  const ticks = '`'.repeat(longestBacktickRun(t) + 1);
  // A span that starts or ends with a backtick or a space needs a space inside each delimiter
  // (CommonMark strips exactly one from each side).
  const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

/** A fenced code block: the fence is longer than any backtick run in `content`, so no line of
 * it can close the block early. */
export function mdFence(content: string, info = ''): string {
  const ticks = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
  return `${ticks}${info}\n${content}${content.endsWith('\n') || content === '' ? '' : '\n'}${ticks}\n`;
}

/** A collapsed block whose `summary` is gen's own text (not escaped) and whose body is Markdown
 * (a fence, say), with the blank lines that end the HTML around it. */
export function mdDetails(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n`;
}

/** A message of one or more lines as inline text, the lines joined by `<br>`. */
export const mdLines = (text: string): string => text.split('\n').map(mdText).join('<br>');

/** A lint finding: position, rule, severity, message and the safe alternative. */
export function mdFinding(f: { file: string; line: number; column: number; code: string; severity: string; message: string; instead: string }): string {
  return `${mdCode(`${f.file}:${f.line}:${f.column}`)} **${mdText(f.code)}** (${f.severity}): ${mdLines(f.message)} (instead: ${mdLines(f.instead)})`;
}

/** A failure as a pull-request comment: a heading, the message, and each diagnostic with its
 * position. */
export function markdownFailure(f: FailureReport, command: string): string {
  const out = [`### ❌ gen ${mdText(command)} failed`, ''];
  const at = f.file !== undefined ? ` at ${mdCode(`${f.file}${f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : ''}`)}` : '';
  out.push(`**error** ${mdCode(f.code)}${at}: ${mdLines(f.message)}`);
  if (f.diagnostics && f.diagnostics.length > 0) {
    out.push('');
    for (const d of f.diagnostics) out.push(`- ${mdCode(`${d.file}:${d.line}:${d.column}`)} ${d.severity} **${mdText(d.code)}**: ${mdLines(d.message)}`);
  }
  return `${out.join('\n')}\n`;
}
