/** The parse stage's one interface: DBML text → the top-level statements of the generic syntax
 * (`syntax.ts`), layout-checked, with the comments attached to them. Valid input takes the fast
 * path (`lex/scan.ts` + `descend.ts`); anything it rejects is parsed again by chevrotain with error
 * recovery (`recover.ts`), which reports every error. */
import { createRequire } from 'node:module';
import { Reporter } from '../diagnostics.js';
import { releaseTokens, scan } from '../lex/scan.js';
import type { ColumnLines } from './column-lines.js';
import { type CommentMap, attachComments } from './comments.js';
import { descend } from './descend.js';
import type { Part, Settings, Statement } from './syntax.js';

/** Parse-stage checks on the generic syntax: spaces between parts, one member per line, and no
 * element declaration inside a simple body. */
export function checkLayout(statements: readonly Statement[], r: Reporter, text: string, top: boolean): void {
  let prevEnd = -1;
  for (const st of statements) {
    if (!top && prevEnd >= 0 && !text.slice(prevEnd, st.start).includes('\n')) {
      r.error('parse', 'UNEXPECTED_TOKEN', 'Expect a new line', { start: st.start, end: st.start + 1 });
    }
    prevEnd = st.end;
    checkParts(st.parts, r);
    checkSettings(st.settings, r);
    if (st.simple) {
      checkParts(st.simple.parts, r);
      checkSettings(st.simple.settings, r);
      const first = st.simple.parts[0];
      if (first && first.kind === 'ident' && !first.quoted && st.simple.parts.length >= 2 && /^(table|enum|ref|tablegroup|tablepartial|project|note|indexes|checks|records)$/i.test(first.name)) {
        r.error('parse', 'UNEXPECTED_ELEMENT_DECLARATION', "An element's simple body must not be an element declaration", st.simple);
      }
    }
    if (st.block) checkLayout(st.block.members, r, text, false);
  }
}

function checkSettings(s: Settings | undefined, r: Reporter): void {
  for (const a of s?.attrs ?? []) {
    if (!('name' in a) || (a.name.length === 0 && !a.broken)) r.error('parse', 'EMPTY_ATTRIBUTE_NAME', 'Expect a non-empty attribute name', a);
  }
}

function checkParts(parts: readonly Part[], r: Reporter): void {
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1]!;
    const b = parts[i]!;
    if (a.kind === 'comma' || b.kind === 'comma') continue;
    if (a.end === b.start) r.error('parse', 'MISSING_SPACES', 'Expect a following space', b);
  }
}

// chevrotain (and the many lodash-es modules it loads) is needed only for input with errors:
// it is loaded on first use. require() of an ES module is synchronous from Node 20.19 on.
let recoveryModule: typeof import('./recover.js') | undefined;
// Run from the TypeScript sources (the tests, under vitest), require() cannot load a .ts file:
// the module is then imported at once, through the test runner's loader. The built code never
// takes this branch.
if (import.meta.url.endsWith('.ts')) recoveryModule = await import('./recover.js');
function recovery(): typeof import('./recover.js') {
  recoveryModule ??= createRequire(import.meta.url)('./recover.js') as typeof import('./recover.js');
  return recoveryModule;
}

/** Where the statements of one parse go: each top-level statement as soon as it is parsed (so its
 * syntax dies young), and the column lines read so far, which the fast path takes as read. */
export interface StatementSink {
  add(st: Statement): void;
  readonly lines?: ColumnLines;
}

/** Parses one DBML source, handing each top-level statement to a sink. `open` makes the sink of a
 * parse attempt, with that attempt's reporter: the fast path's, and, when the fast path rejects
 * the input, the recovering parser's (the first attempt's sink and diagnostics are then dropped). */
export function parseStatements<S extends StatementSink>(text: string, file: string, open: (r: Reporter) => S): { sink: S; reporter: Reporter; comments: CommentMap } {
  // A raw NUL byte anywhere is left to the recovering parser, which reports it inside a string
  // or an expression (see lex/lex.ts) and ignores it in a comment.
  const scanned = text.includes('\0') ? undefined : scan(text);
  if (scanned) {
    // The statements are kept only when comments must be attached to them (for the formatter).
    const r = new Reporter(file, text);
    const sink = open(r);
    const kept: Statement[] = [];
    const keep = scanned.comments.length > 0;
    const ok = descend(
      text,
      scanned,
      (st) => {
        checkLayout([st], r, text, true);
        sink.add(st);
        if (keep) kept.push(st);
      },
      sink.lines,
    );
    releaseTokens(scanned);
    if (ok) return { sink, reporter: r, comments: attachComments(text, kept, scanned.comments) };
  }
  const r = new Reporter(file, text);
  const { statements, comments } = recovery().parseWithRecovery(text, file, r);
  checkLayout(statements, r, text, true);
  const sink = open(r);
  for (const st of statements) sink.add(st);
  return { sink, reporter: r, comments: attachComments(text, statements, comments) };
}
