/** Keeping comments through `gen format`: each comment is attached to the element or member line
 * it precedes (own-line comments) or ends (same-line comments), keyed by that syntax node's start
 * offset. Comments that sit inside a line (in a settings list, say) cannot be placed. */
import type { CommentToken } from '../lex/scan.js';
import type { Statement } from './syntax.js';

/** Comments attached to one syntax node, by its start offset. */
export interface Attached {
  readonly leading: string[];
  trailing?: string;
}

/** Where every comment goes; `unplaced` lists those the printer cannot keep. */
export interface CommentMap {
  readonly byStart: Map<number, Attached>;
  /** Comments after the last element of the file. */
  readonly tail: string[];
  readonly unplaced: CommentToken[];
}

/** Attaches `comments` (from the lexer) to `statements` of `text`. */
export function attachComments(text: string, statements: readonly Statement[], comments: readonly CommentToken[]): CommentMap {
  const map: CommentMap = { byStart: new Map(), tail: [], unplaced: [] };
  const at = (start: number) => {
    let a = map.byStart.get(start);
    if (!a) map.byStart.set(start, (a = { leading: [] }));
    return a;
  };
  // Looks only as far as the first line break after `a` (a slice to `b` made a run of comments
  // after one node quadratic).
  const sameLine = (a: number, b: number) => {
    const nl = text.indexOf('\n', a);
    return nl < 0 || nl >= b;
  };
  for (const c of comments) {
    const start = c.startOffset;
    const body = c.image.trimEnd();
    if (!place(statements, start, body, true)) map.unplaced.push(c);
  }
  return map;

  function place(list: readonly Statement[], start: number, body: string, top: boolean): boolean {
    // Every node before the last one starting at or before the comment is passed over: begin
    // there (a scan from the first node made a file's comments quadratic in its elements).
    for (let i = lastStartingBefore(list, start); i < list.length; i++) {
      const st = list[i]!;
      if (start >= st.end) {
        const next = list[i + 1];
        if (next && start >= next.start) continue;
        // After `st`: on its last line it ends it, else it leads the next node.
        if (sameLine(st.end, start)) {
          const a = at(st.start);
          if (a.trailing !== undefined) return false;
          a.trailing = body;
          return true;
        }
        if (next) {
          at(next.start).leading.push(body);
          return true;
        }
        if (top) {
          map.tail.push(body);
          return true;
        }
        return false;
      }
      if (start < st.start) {
        at(st.start).leading.push(body);
        return true;
      }
      // Inside `st`: only comments within its block, between member lines, can be kept.
      const block = st.block;
      if (!block || start <= block.start || start >= block.end - 1) return false;
      if (block.members.length === 0 || start < block.members[0]!.start) {
        if (sameLine(block.start, start)) {
          const a = at(st.start);
          if (a.trailing !== undefined) return false;
          a.trailing = body;
          return true;
        }
        if (block.members.length === 0) return false;
        at(block.members[0]!.start).leading.push(body);
        return true;
      }
      const last = block.members[block.members.length - 1]!;
      if (start >= last.end && !sameLine(last.end, start)) {
        // Between the last member and the closing brace: keep it before the brace.
        at(block.end).leading.push(body);
        return true;
      }
      return place(block.members, start, body, false);
    }
    if (top) {
      map.tail.push(body);
      return true;
    }
    return false;
  }
}

/** The index of the last node of `list` (in source order) that starts at or before `offset`, or 0;
 * a binary search. */
export function lastStartingBefore(list: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
