/** `gen format [--check]`: canonical DBML, written back or shown as a unified diff. */
import { writeTextFileAtomic } from '../io/text-file.js';
import { lineStartsOf, positionAt } from '../dbml/diagnostics.js';
import { printWithComments } from '../dbml/print.js';
import { loadSchemaFile } from './load.js';
import { unifiedDiff } from './unified-diff.js';

/** Formats `file`; with `check`, exits 1 and prints a diff when it would change. */
export function formatCommand(file: string, check: boolean): number {
  const res = loadSchemaFile(file);
  const text = res.text;
  if (res.document.uses.length > 0) {
    process.stderr.write(`${file}: error FORMAT_USE: files with use/reuse imports are not formatted (the printer would inline imported elements)\n`);
    return 1;
  }
  const printed = printWithComments(res.document, res.comments);
  const unplaced = res.comments?.unplaced[0];
  if (unplaced || printed.lost > 0) {
    // Never drop a comment: refuse, and say which one has no place in canonical form.
    const where = unplaced ? positionAt(lineStartsOf(text), unplaced.startOffset) : undefined;
    process.stderr.write(`${file}${where ? `:${where.line}:${where.col}` : ''}: error FORMAT_COMMENT: a comment inside a line (or after a closing brace) has no place in the formatted file; move it to its own line, then format again\n`);
    return 1;
  }
  const out = printed.text;
  if (out === text) return 0;
  if (check) {
    process.stdout.write(unifiedDiff(file, file, text, out, 'current', 'formatted'));
    return 1;
  }
  writeTextFileAtomic(file, out);
  process.stdout.write(`formatted ${file}\n`);
  return 0;
}
