/** Test helper: reads gen's Markdown as CommonMark would, independently of src/cli/markdown.ts.
 * Fenced blocks by CommonMark's fence rules (any of `\n`, `\r\n`, `\r` ends a line); every other
 * line scanned for what could start Markdown or HTML that gen did not write: an unescaped
 * emphasis, link, table or math character, a backtick that opens no code span, raw HTML other
 * than gen's own `<details>` tags, an `&` that is not one of gen's entities, a mention or issue
 * reference. */

/** A fenced block: its info string and its content lines. */
export interface Fenced {
  readonly info: string;
  readonly lines: readonly string[];
}

/** The fenced blocks of `md`, and the lines outside them. An unclosed fence is an error. */
export function readMarkdown(md: string): { fenced: Fenced[]; outside: string[] } {
  const lines = md.split(/\r\n|\r|\n/);
  const fenced: Fenced[] = [];
  const outside: string[] = [];
  let open: { ticks: number; info: string; lines: string[] } | undefined;
  for (const line of lines) {
    if (open) {
      const close = /^ {0,3}(`+)[ \t]*$/.exec(line);
      if (close && close[1]!.length >= open.ticks) {
        fenced.push({ info: open.info, lines: open.lines });
        open = undefined;
      } else open.lines.push(line);
      continue;
    }
    const start = /^ {0,3}(`{3,})([^`]*)$/.exec(line);
    if (start) open = { ticks: start[1]!.length, info: start[2]!.trim(), lines: [] };
    else outside.push(line);
  }
  if (open) throw new Error(`unclosed fence (${open.info})`);
  return { fenced, outside };
}

const ALLOWED_TAGS = ['<details><summary>', '</summary>', '</details>', '<br>'];
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/** What in `line` (outside fences) is Markdown or HTML gen did not mean; empty when nothing. */
export function inlineProblems(line: string): string[] {
  const problems: string[] = [];
  let i = /^#{1,6} /.test(line) ? line.indexOf(' ') : 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '\\' && PUNCTUATION.test(line[i + 1] ?? '')) {
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      // A code span closes at the next run of exactly the same length.
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      close.lastIndex = i + run.length;
      const m = close.exec(line);
      if (!m) problems.push(`unmatched backticks at ${i}`);
      i = m ? m.index + run.length : i + run.length;
      continue;
    }
    if (ch === '<') {
      const tag = ALLOWED_TAGS.find((t) => line.startsWith(t, i));
      if (!tag) problems.push(`raw HTML at ${i}: ${line.slice(i, i + 20)}`);
      i += tag?.length ?? 1;
      continue;
    }
    if (ch === '&' && !/^&(amp|lt|gt);/.test(line.slice(i))) problems.push(`raw & at ${i}`);
    if ((ch === '@' || ch === '#') && line[i + 1] !== '\u200b') problems.push(`mention or reference at ${i}`);
    if (ch === '*') {
      if (line[i + 1] === '*') {
        i += 2;
        continue;
      }
      problems.push(`emphasis at ${i}`);
    }
    if ('_[]|~$!>'.includes(ch)) problems.push(`unescaped ${ch} at ${i}`);
    i++;
  }
  return problems;
}

/** Every problem of the lines outside fences, with the line. */
export function markdownProblems(md: string): string[] {
  return readMarkdown(md).outside.flatMap((l) => inlineProblems(l).map((p) => `${p}: ${l}`));
}
