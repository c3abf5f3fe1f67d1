/** `gen format [--check]`: canonical DBML, written back or shown as a unified diff. */
import { writeTextFileAtomic } from '../io/text-file.js';
import { lineStartsOf, positionAt } from '../dbml/diagnostics.js';
import { printWithComments } from '../dbml/print/print.js';
import { desiredFiles } from '../desired/files.js';
import { loadSchemaFile } from './load.js';
import { unifiedDiff } from './unified-diff.js';

/** Formats the DBML files of the desired state behind `given` (a file or a schema folder; SQL
 * files are left as written); with `check`, exits 1 and prints a diff when one would change. */
export function formatCommand(given: string, check: boolean): number {
  let code = 0;
  for (const file of desiredFiles(given).dbml) code = Math.max(code, formatFile(file, check));
  return code;
}

function formatFile(file: string, check: boolean): number {
  const res = loadSchemaFile(file, { allowEmpty: true });
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
