/** `gen format [--check]`: canonical DBML, written back or shown as a unified diff. */
import { createTwoFilesPatch } from 'diff';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { lineStartsOf, positionAt } from '../dbml/diagnostics.js';
import { lex } from '../dbml/lex.js';
import { printDocument } from '../dbml/print.js';
import { loadSchemaFile } from './load.js';

/** Formats `file`; with `check`, exits 1 and prints a diff when it would change. */
export function formatCommand(file: string, check: boolean): number {
  const res = loadSchemaFile(file);
  if (!res?.document) return 1;
  const text = readFileSync(file, 'utf8');
  // The printer works from the model and cannot place comments yet: refuse rather than drop them.
  const comments = lex(text, file).comments;
  if (comments.length > 0) {
    const c = comments[0]!;
    const at = positionAt(lineStartsOf(text), c.startOffset);
    process.stderr.write(`${file}:${at.line}:${at.col}: error FORMAT_COMMENTS: the file has ${comments.length} comment(s); gen format would drop them, so it leaves the file unchanged (use Note instead)\n`);
    return 1;
  }
  if (res.document.uses.length > 0) {
    process.stderr.write(`${file}: error FORMAT_USE: files with use/reuse imports are not formatted (the printer would inline imported elements)\n`);
    return 1;
  }
  const out = printDocument(res.document);
  if (out === text) return 0;
  if (check) {
    process.stdout.write(createTwoFilesPatch(file, file, text, out, 'current', 'formatted'));
    return 1;
  }
  const tmp = `${file}.gen-format.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, file); // atomic: the original is never half-written
  process.stdout.write(`formatted ${file}\n`);
  return 0;
}
