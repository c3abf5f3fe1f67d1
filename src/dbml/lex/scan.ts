/** The fast scanner: DBML text → compact token arrays, for the fast parse path
 * (`parse/descend.ts`).
 *
 * It produces exactly the token stream of `lex()` (the chevrotain lexer plus its newline rules)
 * for sources without lexical errors, in typed arrays instead of token objects: a fraction of the
 * memory and several times faster on a large file. On anything `lex()` would report
 * (unterminated quotes or comments, invalid numbers, unknown symbols) it gives up and returns
 * undefined; the chevrotain path then produces the diagnostics. `test/fast-parse.test.ts` checks
 * the equivalence on the corpus and on fuzzed inputs. */
import { COLOR, IDENTIFIER, classifyDigits } from './lexical.js';

/** Token kinds of the fast path (chevrotain's token types, minus the error and skipped ones). */
export const enum K {
  Newline,
  Ident,
  Quoted,
  String,
  Triple,
  Number,
  Backtick,
  Color,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  LParen,
  RParen,
  Comma,
  Colon,
  Dot,
  Star,
  Operator,
  End,
}

/** A comment as the formatter needs it (the shape of a chevrotain token's relevant fields). */
export interface CommentToken {
  readonly startOffset: number;
  readonly image: string;
}

/** Tokens as parallel arrays: kind, start offset and end offset of token i < count. */
export interface Scanned {
  readonly kinds: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
  readonly comments: CommentToken[];
}

const identRe = new RegExp(IDENTIFIER.source, 'uy');
const colorRe = new RegExp(COLOR.source, 'uy');

function isAsciiIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isAsciiIdentPart(c: number): boolean {
  return isAsciiIdentStart(c) || (c >= 48 && c <= 57);
}

// The operator alternatives of `tokens.ts` in match order (first match wins, as in the regex).
const OPERATORS = ['?<>?', '?<?', '?>?', '?-?', '?<>', '<>?', '?<', '<?', '?>', '>?', '?-', '-?', '<>', '<=', '>=', '==', '!='];
const SINGLE_OPERATOR = '-+/%<>=!&|~';

function operatorLength(text: string, i: number): number {
  for (const op of OPERATORS) if (text.startsWith(op, i)) return op.length;
  return SINGLE_OPERATOR.includes(text[i]!) ? 1 : 0;
}

/** End of a quoted token opened at `i` by `quote` (not a triple quote), or -1 when unterminated. */
function quotedEnd(text: string, i: number, quote: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92)
      j++; // a backslash escapes the next character, a newline included
    else if (c === quote) return j + 1;
    else if (c === 10) return -1;
  }
  return -1;
}

/** End of a `'''` string opened at `i`, or -1: a quote ends it only as the first of three. */
function tripleEnd(text: string, i: number): number {
  for (let j = i + 3; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 39 && text.charCodeAt(j + 1) === 39 && text.charCodeAt(j + 2) === 39) return j + 3;
  }
  return -1;
}

/** The growing token arrays. A class, not closures inside `scan`: closures are new functions on
 * every scan, and `scan`'s optimised code was thrown away on the next call ("wrong call target"). */
class TokenBuffer {
  cap: number;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  n = 0;

  constructor(cap: number) {
    this.cap = cap;
    this.kinds = new Uint8Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }

  push(k: K, s: number, e: number): void {
    if (this.n === this.cap) this.grow();
    this.kinds[this.n] = k;
    this.starts[this.n] = s;
    this.ends[this.n] = e;
    this.n++;
  }

  private grow(): void {
    this.cap *= 2;
    const k2 = new Uint8Array(this.cap);
    k2.set(this.kinds);
    this.kinds = k2;
    const s2 = new Int32Array(this.cap);
    s2.set(this.starts);
    this.starts = s2;
    const e2 = new Int32Array(this.cap);
    e2.set(this.ends);
    this.ends = e2;
  }
}

/** Pops the open-bracket stack down to (and without) the innermost `open`, if there is one. */
function closeBracket(stack: number[], open: K): void {
  const at = stack.lastIndexOf(open);
  if (at !== -1) stack.length = at;
}

/** Frees the token arrays of `s` now; they must not be read afterwards. Without this they live
 * to the next full collection, not the next scavenge: they were allocated before the parse and
 * survived into the old generation by the time the parse is done with them, and on a large
 * schema they weigh on the process's peak memory while binding and lowering run. Transferring
 * each buffer detaches it and moves its memory to a new buffer that nothing refers to, which the
 * next scavenge collects and frees. */
export function releaseTokens(s: Scanned): void {
  const buffers = [s.kinds.buffer, s.starts.buffer, s.ends.buffer] as ArrayBuffer[];
  structuredClone(buffers, { transfer: buffers });
}

/** Scans `text`; undefined when it has a lexical error.
 * @long the scanner's one hot loop over characters, a case per token start, sharing its cursor. */
export function scan(text: string): Scanned | undefined {
  // DBML schemas run about one token per four characters (0.27 on the generated 5,000-table
  // one): a third of the length rarely has to grow, and growing doubles and copies all three.
  const buf = new TokenBuffer(Math.max(64, Math.ceil(text.length / 3)));
  const comments: CommentToken[] = [];
  // Open brackets, innermost last: a newline inside `(` or `[` does not end a member.
  const stack: number[] = [];

  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    let e = i + 1;
    switch (c) {
      case 10:
        if (stack.length === 0 || stack[stack.length - 1] === K.LBrace) buf.push(K.Newline, i, e);
        i = e;
        continue;
      case 32:
      case 9:
      case 13:
      case 12:
      case 11:
      case 0xa0:
      case 0xfeff:
        i = e;
        continue;
      case 47: // '/'
        if (text.charCodeAt(i + 1) === 47) {
          e = text.indexOf('\n', i);
          if (e === -1) e = len;
          comments.push({ startOffset: i, image: text.slice(i, e) });
          i = e;
          continue;
        }
        if (text.charCodeAt(i + 1) === 42) {
          const close = text.indexOf('*/', i + 2);
          if (close === -1) return undefined;
          e = close + 2;
          comments.push({ startOffset: i, image: text.slice(i, e) });
          i = e;
          continue;
        }
        break;
      case 39: // '
        if (text.charCodeAt(i + 1) === 39 && text.charCodeAt(i + 2) === 39) {
          e = tripleEnd(text, i);
          if (e === -1) return undefined;
          buf.push(K.Triple, i, e);
        } else {
          e = quotedEnd(text, i, 39);
          if (e === -1) return undefined;
          buf.push(K.String, i, e);
        }
        i = e;
        continue;
      case 34: // "
        e = quotedEnd(text, i, 34);
        if (e === -1) return undefined;
        buf.push(K.Quoted, i, e);
        i = e;
        continue;
      case 96: // `
        e = text.indexOf('`', i + 1);
        if (e === -1) return undefined;
        buf.push(K.Backtick, i, e + 1);
        i = e + 1;
        continue;
      case 35: // #
        colorRe.lastIndex = i;
        colorRe.exec(text);
        buf.push(K.Color, i, colorRe.lastIndex);
        i = colorRe.lastIndex;
        continue;
      case 123:
        stack.push(K.LBrace);
        buf.push(K.LBrace, i, e);
        i = e;
        continue;
      case 125:
        closeBracket(stack, K.LBrace);
        buf.push(K.RBrace, i, e);
        i = e;
        continue;
      case 91:
        stack.push(K.LBracket);
        buf.push(K.LBracket, i, e);
        i = e;
        continue;
      case 93:
        closeBracket(stack, K.LBracket);
        buf.push(K.RBracket, i, e);
        i = e;
        continue;
      case 40:
        stack.push(K.LParen);
        buf.push(K.LParen, i, e);
        i = e;
        continue;
      case 41:
        closeBracket(stack, K.LParen);
        buf.push(K.RParen, i, e);
        i = e;
        continue;
      case 44:
        buf.push(K.Comma, i, e);
        i = e;
        continue;
      case 58:
        buf.push(K.Colon, i, e);
        i = e;
        continue;
      case 46:
        buf.push(K.Dot, i, e);
        i = e;
        continue;
      case 42:
        buf.push(K.Star, i, e);
        i = e;
        continue;
      default:
        break;
    }
    if (c >= 48 && c <= 57) {
      const d = classifyDigits(text, i);
      if (d.cls === 'bad') return undefined;
      buf.push(d.cls === 'number' ? K.Number : K.Ident, i, d.end);
      i = d.end;
      continue;
    }
    if (isAsciiIdentStart(c)) {
      e = i + 1;
      while (e < len && isAsciiIdentPart(text.charCodeAt(e))) e++;
      if (e === len || text.charCodeAt(e) < 128) {
        buf.push(K.Ident, i, e);
        i = e;
        continue;
      }
    }
    if (c >= 128 || isAsciiIdentStart(c)) {
      // Non-ASCII letters (at the start or further in) go through the Unicode pattern.
      identRe.lastIndex = i;
      if (identRe.exec(text)) {
        buf.push(K.Ident, i, identRe.lastIndex);
        i = identRe.lastIndex;
        continue;
      }
      return undefined;
    }
    const op = operatorLength(text, i);
    if (op === 0) return undefined; // `;`, `?`, `@`, control characters: lexical errors
    // As `lex()`: a line that starts with an infix operator continues the previous expression.
    const first = text.charCodeAt(i);
    const n = buf.n;
    if (n >= 2 && buf.kinds[n - 1] === K.Newline && !(op === 1 && (first === 126 || first === 33)) && buf.kinds[n - 2] !== K.Newline && buf.kinds[n - 2] !== K.LBrace) buf.n--;
    buf.push(K.Operator, i, i + op);
    i += op;
  }
  return { kinds: buf.kinds, starts: buf.starts, ends: buf.ends, count: buf.n, comments };
}
