/** A unified diff of two texts whose cost stays linear in their size, whatever they hold.
 * Myers' algorithm (the `diff` package) costs O((N+M)·D): when every line changes (a file
 * re-indented by `gen format`) that is quadratic. Here lines unique to both sides anchor the
 * match (patience diff), each gap between anchors gets Myers with a work budget proportional
 * to its size, and a gap over budget is shown as replaced whole, as GNU diff does. */

/** Lines of context around each change. */
const CONTEXT = 3;
/** Myers steps allowed per line of a gap before the gap is shown as replaced whole. */
const STEPS_PER_LINE = 32;

/** Which lines a diff deletes from the old text and inserts from the new one; `work` counts the
 * algorithm's elementary steps (the linearity tests bound it). */
export interface LineDiff {
  readonly deleted: Uint8Array;
  readonly inserted: Uint8Array;
  readonly work: number;
}

/** Splits `text` into lines; a last line without its newline is marked, as diff shows it. */
function linesOf(text: string): { lines: string[]; noEol: boolean } {
  if (text === '') return { lines: [], noEol: false };
  const lines = text.split('\n');
  if (lines.at(-1) === '') {
    lines.pop();
    return { lines, noEol: false };
  }
  return { lines, noEol: true };
}

/** Maps lines to small integers so comparisons are O(1); a last line without newline gets an id
 * of its own (it differs from the same text with a newline). */
function intern(lines: readonly string[], noEol: boolean, ids: Map<string, number>): Int32Array {
  const out = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    // '\n' cannot occur inside a line, so the marked key never meets a real line.
    const key = noEol && i === lines.length - 1 ? `\n${lines[i]!}` : lines[i]!;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    out[i] = id;
  }
  return out;
}

/** Indices of a longest strictly increasing subsequence of `xs` (patience sorting, O(k log k)). */
function longestIncreasing(xs: readonly number[]): number[] {
  const tails: number[] = []; // tails[l]: index into xs of the smallest tail of a run of length l+1
  const prev = new Int32Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const out: number[] = new Array<number>(tails.length);
  for (let k = tails.length - 1, i = tails.at(-1) ?? -1; k >= 0; k--, i = prev[i]!) out[k] = i;
  return out;
}

/** Myers' greedy diff of a[a0,a1) against b[b0,b1), marking deletions and insertions; gives up
 * (returns undefined, marking nothing) once its steps exceed `budget`. Returns the steps used. */
function myers(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, out: { deleted: Uint8Array; inserted: Uint8Array }, budget: number): number | undefined {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let work = 0;
  let end = -1;
  for (let d = 0; d <= max && end < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
        work++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) end = d;
      if (work > budget) return undefined; // a long snake counts too: the bound stays strict
    }
    trace.push(v.slice(off - d, off + d + 1)); // v at step d, for k in [-d, d]
    work += 3 * d + 2;
    if (work > budget) return undefined;
  }
  // Walk back from (n, m): each step d came from step d-1 by one insertion or deletion.
  let x = n;
  let y = m;
  for (let d = end; d > 0; d--) {
    const k = x - y;
    const p = trace[d - 1]!; // index k' + (d - 1)
    const down = k === -d || (k !== d && p[k - 1 + d - 1]! < p[k + 1 + d - 1]!);
    const pk = down ? k + 1 : k - 1;
    const px = p[pk + d - 1]!;
    const py = px - pk;
    if (down) out.inserted[b0 + py] = 1;
    else out.deleted[a0 + px] = 1;
    x = px;
    y = py;
  }
  return work;
}

/** The line diff of two interned texts: common prefix and suffix, then lines that occur exactly
 * once on each side as anchors (their longest order-preserving chain), then a budgeted Myers in
 * each gap. Every stage is linear (the chain O(k log k)), so the whole is. */
export function diffLines(a: Int32Array, b: Int32Array, idCount: number): LineDiff {
  const out = { deleted: new Uint8Array(a.length), inserted: new Uint8Array(b.length) };
  let work = a.length + b.length;
  const gap = (a0: number, a1: number, b0: number, b1: number) => {
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) a0++, b0++, work++;
    while (a1 > a0 && b1 > b0 && a[a1 - 1] === b[b1 - 1]) a1--, b1--, work++;
    const size = a1 - a0 + b1 - b0;
    const used = a0 === a1 || b0 === b1 ? undefined : myers(a, a0, a1, b, b0, b1, out, STEPS_PER_LINE * size + 64);
    if (used !== undefined) {
      work += used;
      return;
    }
    // One side empty, or over budget: the gap is replaced whole.
    out.deleted.fill(1, a0, a1);
    out.inserted.fill(1, b0, b1);
    work += size + STEPS_PER_LINE * size + 64;
  };
  const countA = new Int32Array(idCount);
  const countB = new Int32Array(idCount);
  const posB = new Int32Array(idCount);
  for (let i = 0; i < a.length; i++) countA[a[i]!]!++;
  for (let j = 0; j < b.length; j++) countB[b[j]!]!++, (posB[b[j]!] = j);
  const anchorsA: number[] = [];
  const anchorsB: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const id = a[i]!;
    if (countA[id] === 1 && countB[id] === 1) anchorsA.push(i), anchorsB.push(posB[id]!);
  }
  let pa = 0;
  let pb = 0;
  for (const k of longestIncreasing(anchorsB)) {
    gap(pa, anchorsA[k]!, pb, anchorsB[k]!);
    pa = anchorsA[k]! + 1;
    pb = anchorsB[k]! + 1;
  }
  gap(pa, a.length, pb, b.length);
  work += anchorsA.length;
  return { ...out, work };
}

/** A unified diff in the layout of `diff`'s createTwoFilesPatch (`Index:` line when both names
 * are equal, `\ No newline at end of file` markers); empty hunks when the texts are equal. */
export function unifiedDiff(oldName: string, newName: string, oldText: string, newText: string, oldHeader = '', newHeader = ''): string {
  const A = linesOf(oldText);
  const B = linesOf(newText);
  const ids = new Map<string, number>();
  const a = intern(A.lines, A.noEol, ids);
  const b = intern(B.lines, B.noEol, ids);
  const { deleted, inserted } = diffLines(a, b, ids.size);
  const out: string[] = [];
  if (oldName === newName) out.push(`Index: ${oldName}`);
  out.push('===================================================================', `--- ${oldName}\t${oldHeader}`, `+++ ${newName}\t${newHeader}`);

  // Change groups: maximal runs of deleted/inserted lines between unchanged ones.
  const groups: { i0: number; i1: number; j0: number; j1: number }[] = [];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    if (i < a.length && j < b.length && !deleted[i] && !inserted[j]) {
      i++, j++;
      continue;
    }
    const i0 = i;
    const j0 = j;
    while ((i < a.length && deleted[i]) || (j < b.length && inserted[j])) {
      while (i < a.length && deleted[i]) i++;
      while (j < b.length && inserted[j]) j++;
    }
    groups.push({ i0, i1: i, j0, j1: j });
  }
  const line = (prefix: string, lines: readonly string[], k: number, noEol: boolean) => {
    out.push(`${prefix}${lines[k]!}`);
    if (noEol && k === lines.length - 1) out.push('\\ No newline at end of file');
  };
  for (let g = 0; g < groups.length; ) {
    // A hunk takes every following group whose unchanged gap fits in two contexts.
    let h = g;
    while (h + 1 < groups.length && groups[h + 1]!.i0 - groups[h]!.i1 <= 2 * CONTEXT) h++;
    const first = groups[g]!;
    const last = groups[h]!;
    const lead = Math.min(CONTEXT, first.i0);
    const trail = Math.min(CONTEXT, a.length - last.i1, b.length - last.j1);
    const i0 = first.i0 - lead;
    const j0 = first.j0 - lead;
    const oldLen = last.i1 + trail - i0;
    const newLen = last.j1 + trail - j0;
    out.push(`@@ -${oldLen === 0 ? i0 : i0 + 1},${oldLen} +${newLen === 0 ? j0 : j0 + 1},${newLen} @@`);
    let i = i0;
    for (let k = g; k <= h; k++) {
      const grp = groups[k]!;
      for (; i < grp.i0; i++) line(' ', A.lines, i, A.noEol && B.noEol);
      for (let d = grp.i0; d < grp.i1; d++) line('-', A.lines, d, A.noEol);
      for (let e = grp.j0; e < grp.j1; e++) line('+', B.lines, e, B.noEol);
      i = grp.i1;
    }
    for (; i < last.i1 + trail; i++) line(' ', A.lines, i, A.noEol && B.noEol);
    g = h + 1;
  }
  return `${out.join('\n')}\n`;
}
