/** Repeated column lines, read once per parse. Schemas repeat column lines verbatim from table
 * to table (`id integer [pk, increment]`, `created_at timestamptz [default: \`now()\`]`; half the
 * lines of the corpus's 18k and 25k benchmark files are repeats). A line of a Table body that
 * was read as a plain column — two parts and an optional settings list, no diagnostic, no inline
 * ref — is remembered by its text; the fast path then takes a later line of the same text as
 * that same column object, without building its syntax again.
 *
 * Sound because a column line's meaning is a function of its text alone: the same text scans
 * to the same tokens and parses to the same syntax, and interpreting a column reads nothing of
 * its table except for inline refs (whose lines are not remembered). */
import type { ColumnItem } from '../document.js';
import type { Statement } from './syntax.js';

export class ColumnLines {
  private readonly byText = new Map<string, ColumnItem>();

  constructor(private readonly text: string) {}

  /** The column a remembered line of the text `[start, end)` was read as: the same object (a
   * column holds no offsets; its table records where each of its lines is). */
  lookup(start: number, end: number): ColumnItem | undefined {
    return this.byText.get(this.text.slice(start, end));
  }

  /** Remembers member line `m`, read as `item` with no diagnostic and no inline ref. Only a line
   * of exactly two parts (name and type) and an optional settings list after them, all clean
   * (spaced parts, no empty setting) is kept: its text is then exactly the member's text. */
  remember(m: Statement, item: ColumnItem): void {
    if (m.parts.length !== 2 || m.block || m.simple || m.use) return;
    const [name, type] = m.parts as [Statement['parts'][number], Statement['parts'][number]];
    if (name.end >= type.start) return;
    const s = m.settings;
    if (s) {
      if (s.start <= type.end || s.end !== m.end) return;
      for (const a of s.attrs) if (!('name' in a) || a.name.length === 0 || a.broken) return;
    } else if (m.end !== type.end) return;
    const key = this.text.slice(m.start, m.end);
    if (!this.byText.has(key)) this.byText.set(key, item);
  }
}
