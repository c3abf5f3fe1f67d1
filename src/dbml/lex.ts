/** Tokenising a DBML source: chevrotain lexing, escape decoding, and the newline rule (a newline
 * ends a block member unless a `(` or `[` is still open). */
import type { IToken } from 'chevrotain';
import { type Diagnostic, lineStartsOf, positionAt } from './diagnostics.js';
import * as T from './tokens.js';

/** Result of lexing: significant tokens (comments removed), comments, and lexical errors. */
export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly diagnostics: Diagnostic[];
  readonly lineStarts: number[];
}

/** Decodes the escapes of a quoted token body; returns the value and any bad `\u` sequences. */
export function unescapeBody(body: string): { value: string; bad: { at: number; len: number }[] } {
  if (!body.includes('\\')) return { value: body, bad: [] };
  let out = '';
  const bad: { at: number; len: number }[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    if (i + 1 >= body.length) {
      out += '\\'; // a backslash at the very end stays
      continue;
    }
    const n = body[++i]!;
    switch (n) {
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'v': out += '\v'; break;
      case 'f': out += '\f'; break;
      case '0': out += '\0'; break;
      case '\n': break; // line continuation
      case '\r':
        if (body[i + 1] === '\n') i++;
        break;
      case ' ': out += '\\ '; break;
      case 'u': {
        const hex = body.slice(i + 1, i + 5);
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
        } else {
          bad.push({ at: i - 1, len: 2 });
        }
        break;
      }
      default: out += n;
    }
  }
  return { value: out, bad };
}

function quoteLength(t: IToken): number {
  return t.tokenType === T.TripleString ? 3 : 1;
}

/** Lexes `text` (from `file`) into tokens ready for the parser. */
export function lex(text: string, file: string): LexResult {
  const lineStarts = lineStartsOf(text);
  const res = T.dbmlLexer.tokenize(text);
  const diagnostics: Diagnostic[] = [];
  const err = (code: string, message: string, start: number, end: number) =>
    diagnostics.push({
      severity: 'error', code, message, file, stage: 'lex',
      start: positionAt(lineStarts, start), end: positionAt(lineStarts, end),
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
      case T.LParen: stack.push('('); break;
      case T.LBracket: stack.push('['); break;
      case T.LBrace: stack.push('{'); break;
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
        for (const b of bad) {
          const at = t.startOffset + q + b.at;
          err('INVALID_ESCAPE_SEQUENCE', "Invalid unicode escape sequence '\\u', only unicode escape sequences of the form '\\uHHHH' where H is a hexadecimal digit are allowed", at, at + b.len);
        }
        break;
      }
      case T.Backtick:
        t.payload = t.image.slice(1, -1);
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
    if (t.tokenType === T.Newline && next?.tokenType === T.Operator && next.image !== '~' && next.image !== '!' && joined.length > 0 && joined[joined.length - 1]!.tokenType !== T.Newline && joined[joined.length - 1]!.tokenType !== T.LBrace) continue;
    joined.push(t);
  }
  return { tokens: joined, comments: res.groups['comments'] ?? [], diagnostics, lineStarts };
}

/** True when whitespace (or a comment) separates `a` from the token after it, `b`. */
export function spaced(a: IToken, b: IToken): boolean {
  return a.startOffset + a.image.length < b.startOffset;
}
