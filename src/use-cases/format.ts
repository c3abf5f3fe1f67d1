/** Format: canonical DBML, written back (or, with `check`, only compared). SQL files are left as
 * written. A file is refused rather than formatted when formatting would lose a comment or inline
 * an import. */
import { lineStartsOf, positionAt } from '../dbml/diagnostics.js';
import { printWithComments } from '../dbml/print/print.js';
import { desiredFiles } from '../desired/files.js';
import { writeTextFileAtomic } from '../io/text-file.js';
import { loadSchemaFile } from './desired.js';
import type { OnEvent } from './events.js';

/** One DBML file's outcome. `refused` carries a formatted file:line:col error. */
export type FormattedFile =
  | { readonly file: string; readonly outcome: 'canonical' | 'formatted' }
  | { readonly file: string; readonly outcome: 'differs'; readonly current: string; readonly formatted: string }
  | { readonly file: string; readonly outcome: 'refused'; readonly error: string };

/** Formats the DBML files of the desired state behind `given` (a file or a schema folder). */
export function format(given: string, options: { readonly check?: boolean | undefined; readonly onEvent?: OnEvent | undefined } = {}): FormattedFile[] {
  return desiredFiles(given).dbml.map((file) => formatFile(file, options.check === true, options.onEvent));
}

function formatFile(file: string, check: boolean, onEvent: OnEvent | undefined): FormattedFile {
  const res = loadSchemaFile(file, { allowEmpty: true, onEvent });
  const text = res.text;
  if (res.document.uses.length > 0) {
    return { file, outcome: 'refused', error: `${file}: error FORMAT_USE: files with use/reuse imports are not formatted (the printer would inline imported elements)` };
  }
  const printed = printWithComments(res.document, res.comments);
  const unplaced = res.comments?.unplaced[0];
  if (unplaced || printed.lost > 0) {
    // Never drop a comment: refuse, and say which one has no place in canonical form.
    const where = unplaced ? positionAt(lineStartsOf(text), unplaced.startOffset) : undefined;
    return {
      file,
      outcome: 'refused',
      error: `${file}${where ? `:${where.line}:${where.col}` : ''}: error FORMAT_COMMENT: a comment inside a line (or after a closing brace) has no place in the formatted file; move it to its own line, then format again`,
    };
  }
  if (printed.text === text) return { file, outcome: 'canonical' };
  if (check) return { file, outcome: 'differs', current: text, formatted: printed.text };
  writeTextFileAtomic(file, printed.text);
  return { file, outcome: 'formatted' };
}
