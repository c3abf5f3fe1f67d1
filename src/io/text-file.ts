/** Reading a text file a user gave us: every way it can be wrong (missing, a folder, unreadable,
 * not UTF-8) is one clear UserError naming the file, never a stack trace. */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { UserError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line and column of byte `offset` in `bytes` (columns count bytes). */
function byteLineCol(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return bytes.length;
}

/** The text of `file` (as `shown` in messages: the path the user typed). */
export function readTextFile(file: string, shown = file): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${shown}: no such file`, 'file-not-found');
    if (code === 'EISDIR') throw new UserError(`${shown} is a folder; expected a file`, 'file-is-directory');
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${shown}: permission denied (cannot read it)`, 'file-unreadable');
    throw new UserError(`${shown}: cannot read it (${code ?? (e as Error).message})`, 'file-unreadable');
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, col } = byteLineCol(bytes, at);
    const hex = bytes[at] !== undefined ? ` (byte 0x${bytes[at]!.toString(16).padStart(2, '0')})` : '';
    throw new UserError(`${shown}:${line}:${col}: not valid UTF-8${hex}; save the file as UTF-8`, 'file-not-utf8');
  }
}

/** Writes `text` to `file` through a temporary file and a rename, so a reader (or a crash) never
 * sees it half-written; failures become a UserError naming the file. */
export function writeTextFileAtomic(file: string, text: string, shown = file): void {
  const tmp = `${file}.gen-${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`cannot write ${shown}: its folder does not exist`, 'file-not-found');
    if (code === 'EISDIR') throw new UserError(`cannot write ${shown}: it is a folder`, 'file-is-directory');
    throw new UserError(`cannot write ${shown} (${code ?? (e as Error).message})`, 'file-unreadable');
  }
}
