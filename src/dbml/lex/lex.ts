/** Tokenising a DBML source: chevrotain lexing, escape decoding, and the newline rule (a newline
 * ends a block member unless a `(` or `[` is still open). */
import type { IToken } from 'chevrotain';
import { type Diagnostic, lineStartsOf, positionAt } from '../diagnostics.js';
import { unescapeBody } from './lexical.js';
import * as T from './tokens.js';

/** Result of lexing: significant tokens (comments removed), comments, and lexical errors. */
export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly diagnostics: Diagnostic[];
  readonly lineStarts: number[];
}

function quoteLength(t: IToken): number {
  return t.tokenType === T.TripleString ? 3 : 1;
}

/** Lexes `text` (from `file`) into tokens ready for the parser.
 * @long one loop over the tokens whose cases share the line and position state. */
export function lex(text: string, file: string): LexResult {
  const lineStarts = lineStartsOf(text);
  const res = T.dbmlLexer.tokenize(text);
  const diagnostics: Diagnostic[] = [];
  const err = (code: string, message: string, start: number, end: number) =>
    diagnostics.push({
      severity: 'error',
      code,
      message,
      file,
      stage: 'lex',
      start: positionAt(lineStarts, start),
      end: positionAt(lineStarts, end),
    });
  const tokens: IToken[] = [];
  // Newlines inside () or [] do not end a member; track the open brackets to drop them.
  const stack: string[] = [];
  for (const t of res.tokens) {
    const tt = t.tokenType;
    if (T.errorTokens.has(tt)) {
      const end = t.startOffset + t.image.length;
      switch (tt) {
        case T.UnterminatedComment:
        case T.UnterminatedTripleString:
        case T.UnterminatedBacktick:
          err('UNEXPECTED_EOF', 'EOF reached while parsing', t.startOffset, end);
          break;
        case T.UnterminatedString:
        case T.UnterminatedQuotedIdent:
          if (end >= text.length) err('UNEXPECTED_EOF', 'EOF reached while parsing', t.startOffset, end);
          else err('UNEXPECTED_NEWLINE', 'Invalid newline encountered while parsing', t.startOffset, end);
          break;
        case T.BadNumber:
          err('UNKNOWN_TOKEN', 'Invalid number', t.startOffset, end);
          break;
        case T.Semicolon:
        case T.UnknownSymbol:
          err('UNKNOWN_SYMBOL', `Unexpected token '${t.image}'`, t.startOffset, end);
          break;
      }
      continue;
    }
    switch (tt) {
      case T.Newline:
        if (stack.length > 0 && stack[stack.length - 1] !== '{') continue;
        break;
      case T.LParen:
        stack.push('(');
        break;
      case T.LBracket:
        stack.push('[');
        break;
      case T.LBrace:
        stack.push('{');
        break;
      case T.RParen:
      case T.RBracket:
      case T.RBrace: {
        const open = tt === T.RParen ? '(' : tt === T.RBracket ? '[' : '{';
        const at = stack.lastIndexOf(open);
        if (at !== -1) stack.length = at;
        break;
      }
      case T.StringLiteral:
      case T.TripleString:
      case T.QuotedIdent: {
        const q = quoteLength(t);
        const { value, bad } = unescapeBody(t.image.slice(q, t.image.length - q));
        t.payload = value;
        // PostgreSQL's text cannot hold NUL (names, defaults, notes and labels all end up in SQL).
        if (value.includes('\0')) err('INVALID_ESCAPE_SEQUENCE', 'A NUL character (\\0, \\u0000) cannot appear in a PostgreSQL name or string', t.startOffset, t.startOffset + t.image.length);
        for (const b of bad) {
          const at = t.startOffset + q + b.at;
          err('INVALID_ESCAPE_SEQUENCE', "Invalid unicode escape sequence '\\u', only unicode escape sequences of the form '\\uHHHH' where H is a hexadecimal digit are allowed", at, at + b.len);
        }
        break;
      }
      case T.Backtick:
        t.payload = t.image.slice(1, -1);
        if (t.payload.includes('\0')) err('INVALID_ESCAPE_SEQUENCE', 'A NUL character cannot appear in a PostgreSQL expression', t.startOffset, t.startOffset + t.image.length);
        break;
    }
    tokens.push(t);
  }
  // As upstream, a line that starts with an infix operator continues the previous expression
  // (`1\n+ 2`); `~` (partial injection) and `!` are prefix-only and start a new member.
  const joined: IToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.tokenType === T.Newline && next?.tokenType === T.Operator && next.image !== '~' && next.image !== '!' && joined.length > 0 && joined[joined.length - 1]!.tokenType !== T.Newline && joined[joined.length - 1]!.tokenType !== T.LBrace)
      continue;
    joined.push(t);
  }
  return { tokens: joined, comments: res.groups['comments'] ?? [], diagnostics, lineStarts };
}

/** True when whitespace (or a comment) separates `a` from the token after it, `b`. */
export function spaced(a: IToken, b: IToken): boolean {
  return a.startOffset + a.image.length < b.startOffset;
}
