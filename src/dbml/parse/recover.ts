/** The error-recovering parse path: the chevrotain lexer and `CstParser`, whose recovery lets one
 * run report every syntax error with upstream's codes. `parseStatements` (index.ts) uses it for
 * the inputs the fast path (`scan` + `descend`) rejects. */
import type { IRecognitionException, IToken } from 'chevrotain';
import { buildProgram } from './cst-syntax.js';
import type { Reporter } from '../diagnostics.js';
import { lex } from '../lex/lex.js';
import { dbmlParser } from './parser.js';
import type { Statement } from './syntax.js';
import * as T from '../lex/tokens.js';

function describe(t: IToken): string {
  if (t.tokenType === T.Newline) return 'newline';
  if (t.tokenType.name === 'EOF') return 'EOF';
  return t.image;
}

/** Maps a chevrotain recognition error to an upstream-style diagnostic. */
function syntaxError(e: IRecognitionException, r: Reporter, textLength: number): void {
  const t = e.token;
  const eof = t.tokenType.name === 'EOF' || Number.isNaN(t.startOffset);
  const start = eof ? textLength : t.startOffset;
  const span = { start, end: eof ? textLength : t.startOffset + t.image.length };
  if (eof) {
    r.error('parse', 'UNEXPECTED_EOF', 'Unexpected EOF', span);
    return;
  }
  const closer = t.tokenType === T.RParen || t.tokenType === T.RBracket || t.tokenType === T.RBrace || t.tokenType === T.Comma;
  const msg = e.message;
  if (e.name === 'NoViableAltException' || e.name === 'EarlyExitException') {
    if (closer || t.tokenType === T.Newline) r.error('parse', 'INVALID_OPERAND', `Invalid start of operand "${describe(t)}"`, span);
    else r.error('parse', 'UNEXPECTED_TOKEN', `Unexpected token '${describe(t)}'`, span);
    return;
  }
  if (/RBracket|RParen/.test(msg)) r.error('parse', 'UNEXPECTED_TOKEN', "Expect a comma ','", span);
  else if (/RBrace/.test(msg)) r.error('parse', 'UNEXPECTED_TOKEN', "Expect a closing brace '}'", span);
  else if (/LBrace|Colon/.test(msg)) r.error('parse', 'UNEXPECTED_TOKEN', "Expect an opening brace '{' or a colon ':'", span);
  else if (/Identifier/.test(msg)) r.error('parse', 'UNEXPECTED_TOKEN', 'Expect an identifier', span);
  else r.error('parse', 'UNEXPECTED_TOKEN', `Unexpected token '${describe(t)}'`, span);
}

/** Splits tokens after each depth-0 `}` that ends its line: whole top-level elements per chunk. */
function* topLevelChunks(tokens: IToken[]): Generator<IToken[]> {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.tokenType;
    if (t === T.LBrace) depth++;
    else if (t === T.RBrace) {
      if (depth > 0) depth--;
      if (depth === 0 && tokens[i + 1]?.tokenType === T.Newline) {
        yield tokens.slice(start, i + 2);
        start = i + 2;
        i++;
      }
    }
  }
  if (start < tokens.length || tokens.length === 0) yield tokens.slice(start);
}

/** Lexes and parses `text` with recovery; lexical and syntax errors go to `r`. */
export function parseWithRecovery(text: string, file: string, r: Reporter): { statements: Statement[]; comments: IToken[] } {
  const lx = lex(text, file);
  for (const d of lx.diagnostics) r.diagnostics.push(d);
  const parser = dbmlParser();
  // Parse one top-level element at a time: the CST of a chunk is turned into syntax and dropped
  // at once, so memory stays proportional to the syntax tree rather than to a whole-file CST.
  const statements: Statement[] = [];
  for (const chunk of topLevelChunks(lx.tokens)) {
    const { cst, errors } = parser.parseTokens(chunk);
    for (const e of errors) syntaxError(e, r, text.length);
    for (const st of buildProgram(cst)) statements.push(st);
  }
  return { statements, comments: lx.comments };
}
