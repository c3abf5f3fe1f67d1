/** The fast parse path: recursive descent over `scan()`'s token arrays, straight to the syntax of
 * `syntax.ts` with no CST in between.
 *
 * It follows `parser.ts` (the chevrotain grammar, which stays the reference: railroad diagram,
 * error recovery, diagnostics) decision for decision, and gives up at the first token the
 * grammar would reject; `parseStatements` (index.ts) then parses the text again with chevrotain
 * to report every error with recovery. Valid input — the case that has to be fast — never
 * reaches chevrotain.
 * `test/fast-parse.test.ts` checks that both paths build identical syntax. */
import type { ColumnLines } from './column-lines.js';
import { unescapeBody } from '../lex/lexical.js';
import { NONE } from '../lists.js';
import { K, type Scanned } from '../lex/scan.js';
import { combine, statementOf, type Attribute, type Block, type Expr, type Part, type Settings, type Span, type Statement } from './syntax.js';

/** Thrown (and caught in `descend`) where the grammar rejects the input. */
class Reject {}
const REJECT = new Reject();

/** Parses scanned tokens into top-level statements, handing each to `emit` as soon as it is
 * complete (so the syntax of one element can be dropped before the next is built); false when
 * the grammar rejects the tokens — statements emitted before are then void. */
export function descend(text: string, tokens: Scanned, emit: (st: Statement) => void, lines?: ColumnLines): boolean {
  const { kinds, count } = tokens;
  const d = new Descent(text, tokens, emit, lines);
  // As `parseStatements`'s chevrotain path: one program per chunk, a chunk ending after a depth-0
  // `}` that ends its line, so both paths accept exactly the same inputs.
  try {
    let depth = 0;
    let chunk = 0;
    for (let i = 0; i < count; i++) {
      const k = kinds[i];
      if (k === K.LBrace) depth++;
      else if (k === K.RBrace) {
        if (depth > 0) depth--;
        if (depth === 0 && i + 1 < count && kinds[i + 1] === K.Newline) {
          d.program(chunk, i + 2);
          chunk = i + 2;
          i++;
        }
      }
    }
    if (chunk < count) d.program(chunk, count);
  } catch (e) {
    if (e === REJECT) return false;
    throw e;
  }
  return true;
}

/** The descent's state and grammar rules. A class, not closures inside `descend`: closures are
 * new functions on every parse, and optimised code that calls them is thrown away when the next
 * parse calls different ones (every rule was deoptimised on a second parse, "wrong call target"). */
class Descent {
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private p = 0;
  private limit = 0;

  constructor(
    private readonly text: string,
    tokens: Scanned,
    private readonly emit: (st: Statement) => void,
    /** Repeated column lines, taken without building their syntax (see `column-lines.ts`). */
    private readonly lines: ColumnLines | undefined,
  ) {
    this.kinds = tokens.kinds;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
  }

  private kind(i: number): K {
    return i < this.limit ? (this.kinds[i] as K) : K.End;
  }

  program(from: number, to: number): void {
    this.p = from;
    this.limit = to;
    while (this.p < this.limit) {
      const k = this.kind(this.p);
      if (k === K.Newline) this.p++;
      else if (this.atUse()) this.emit(this.useDecl());
      else if (startsPart(k)) this.emit(this.element());
      else throw REJECT;
    }
  }

  private expect(k: K): number {
    if (this.kind(this.p) !== k) throw REJECT;
    return this.p++;
  }

  private image(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  private span(i: number): Span {
    return { start: this.starts[i]!, end: this.ends[i]! };
  }

  private atUse(): boolean {
    if (this.kind(this.p) !== K.Ident) return false;
    const k = this.image(this.p).toLowerCase();
    if (k !== 'use' && k !== 'reuse') return false;
    const n = this.kind(this.p + 1);
    return n === K.Star || n === K.LBrace;
  }

  private useDecl(): Statement {
    const kw = this.p++;
    let star = false;
    let block: Block | undefined;
    if (this.kind(this.p) === K.Star) {
      star = true;
      this.p++;
    } else block = this.parseBlock();
    this.expect(K.Ident);
    const path = this.expect(K.String);
    const word = this.image(kw);
    return {
      start: this.starts[kw]!,
      end: this.ends[path]!,
      parts: [{ kind: 'ident', name: word, quoted: false, ...this.span(kw) }],
      ...(block ? { block } : {}),
      use: { reuse: word.toLowerCase() === 'reuse', star, path: this.decoded(path, 1), pathSpan: this.span(path) },
    };
  }

  /** element := parts [settings] {newline} ( block | ':' simpleBody ) */
  private element(): Statement {
    const parts = this.parseParts();
    const settings = this.kind(this.p) === K.LBracket ? this.parseSettings() : undefined;
    while (this.kind(this.p) === K.Newline) this.p++;
    let block: Block | undefined;
    let simple: (Statement & { colon: Span }) | undefined;
    if (this.kind(this.p) === K.LBrace) block = this.parseBlock(isTableKeyword(parts[0]!));
    else if (this.kind(this.p) === K.Colon) simple = this.simpleBody();
    else throw REJECT;
    return statementOf(parts, settings, block, simple);
  }

  /** member := parts [settings [parts]] [ block | ':' simpleBody ] */
  private member(): Statement {
    const parts = this.parseParts();
    let settings: Settings | undefined;
    if (this.kind(this.p) === K.LBracket) {
      settings = this.parseSettings();
      if (startsPart(this.kind(this.p))) for (const x of this.parseParts()) parts.push(x);
    }
    let block: Block | undefined;
    let simple: (Statement & { colon: Span }) | undefined;
    if (this.kind(this.p) === K.LBrace) block = this.parseBlock();
    else if (this.kind(this.p) === K.Colon) simple = this.simpleBody();
    return statementOf(parts, settings, block, simple);
  }

  /** block := '{' { newline | member } '}'. In a Table body (`columns`), a member line that
   * repeats an earlier column line is taken as read. */
  private parseBlock(columns = false): Block {
    const l = this.expect(K.LBrace);
    const members: Statement[] = [];
    for (;;) {
      const k = this.kind(this.p);
      if (k === K.Newline) this.p++;
      else if (startsPart(k)) members.push((columns && this.repeatedColumn()) || this.member());
      else break;
    }
    const r = this.expect(K.RBrace);
    return { start: this.starts[l]!, end: this.ends[r]!, members };
  }

  /** The member at `p` when its line (up to a newline or the body's `}`, with balanced
   * brackets and no body of its own) is a remembered column line; undefined, consuming
   * nothing, otherwise. */
  private repeatedColumn(): Statement | undefined {
    if (!this.lines) return undefined;
    const from = this.p;
    let q = from;
    let depth = 0;
    for (; ; q++) {
      const k = this.kind(q);
      if (k === K.Newline || k === K.RBrace || k === K.End) break;
      if (k === K.LBrace || (k === K.Colon && depth === 0)) return undefined;
      if (k === K.LBracket) depth++;
      else if (k === K.RBracket) depth--;
    }
    if (depth !== 0) return undefined;
    const start = this.starts[from]!;
    const end = this.ends[q - 1]!;
    const column = this.lines.lookup(start, end);
    if (!column) return undefined;
    this.p = q;
    return { start, end, parts: NONE, settings: undefined, block: undefined, simple: undefined, column };
  }

  /** simpleBody := ':' [newline] parts [settings] */
  private simpleBody(): Statement & { colon: Span } {
    const colon = this.span(this.expect(K.Colon));
    if (this.kind(this.p) === K.Newline) this.p++;
    const parts = this.parseParts();
    const settings = this.kind(this.p) === K.LBracket ? this.parseSettings() : undefined;
    const end = settings?.end ?? parts[parts.length - 1]!.end;
    return { start: parts[0]!.start, end, parts, colon, ...(settings ? { settings } : {}) };
  }

  /** parts := part { part }, part := expression | ',' */
  private parseParts(): Part[] {
    if (!startsPart(this.kind(this.p))) throw REJECT;
    // The usual one or two parts (`name type`) in a list of that size: a list grown by `push`
    // takes 17 slots, and this runs once per member.
    const a = this.part();
    if (!startsPart(this.kind(this.p))) return [a];
    const b = this.part();
    if (!startsPart(this.kind(this.p))) return [a, b];
    const parts: Part[] = [a, b];
    while (startsPart(this.kind(this.p))) parts.push(this.part());
    return parts;
  }

  private part(): Part {
    if (this.kind(this.p) !== K.Comma) return this.expression();
    const p = this.p++;
    return { kind: 'comma', start: this.starts[p]!, end: this.ends[p]! };
  }

  /** `first` and the expressions that follow it, in a list sized as in `parseParts`. */
  private wordsAfter(first: Expr): Expr[] {
    if (!startsExpression(this.kind(this.p))) return [first];
    const words: Expr[] = [first, this.expression()];
    while (startsExpression(this.kind(this.p))) words.push(this.expression());
    return words;
  }

  /** settings := '[' [attribute] { ',' [attribute] } ']' — empty entries kept as spans. */
  private parseSettings(): Settings {
    const l = this.expect(K.LBracket);
    const a = this.settingEntry(this.starts[l]!);
    let attrs: (Attribute | Span)[];
    // `[]` has no entries; `[,]` has two empty ones. (One or two entries: lists of that size.)
    if (this.kind(this.p) !== K.Comma) attrs = 'name' in a ? [a] : [];
    else {
      attrs = [a, this.settingEntry(this.starts[this.p++]!)];
      while (this.kind(this.p) === K.Comma) attrs.push(this.settingEntry(this.starts[this.p++]!));
    }
    const r = this.expect(K.RBracket);
    return { start: this.starts[l]!, end: this.ends[r]!, attrs };
  }

  /** One entry of a settings list; an empty one is the one-character span at `sep` (the `[` or
   * `,` before it). */
  private settingEntry(sep: number): Attribute | Span {
    const k = this.kind(this.p);
    return startsExpression(k) || k === K.Colon ? this.attribute() : { start: sep, end: sep + 1 };
  }

  /** attribute := { expression } [ ':' value ] | ':' value */
  private attribute(): Attribute {
    const name: Expr[] = startsExpression(this.kind(this.p)) ? this.wordsAfter(this.expression()) : [];
    if (this.kind(this.p) !== K.Colon) return { start: name[0]!.start, end: name[name.length - 1]!.end, name };
    const colon = this.span(this.p++);
    let value: Expr[] = [];
    if (startsExpression(this.kind(this.p))) {
      value = [this.expression()];
      // Only identifiers continue a value (`set null`, `no action`).
      while (this.kind(this.p - 1) === K.Ident && this.kind(this.p) === K.Ident) value.push(this.expression());
    }
    return { start: name[0]?.start ?? colon.start, end: value[value.length - 1]?.end ?? colon.end, name, value, colon };
  }

  /** expression := unary { operator unary }, with the infix precedence of `syntax.ts`. */
  private expression(): Expr {
    const first = this.unary();
    if (this.kind(this.p) !== K.Operator) return first;
    const xs: Expr[] = [first];
    const ops: string[] = [];
    while (this.kind(this.p) === K.Operator) {
      ops.push(this.image(this.p++));
      xs.push(this.unary());
    }
    return combine(xs, ops);
  }

  /** unary := { operator } postfix */
  private unary(): Expr {
    if (this.kind(this.p) !== K.Operator) return this.postfix();
    const op = this.p++;
    const operand = this.unary();
    return { kind: 'prefix', op: this.image(op), operand, start: this.starts[op]!, end: operand.end };
  }

  /** postfix := primary { '.' primary | tuple | '[' [expression] ']' } — a `[` after a space opens
   * a settings list instead. */
  private postfix(): Expr {
    let e = this.primary();
    for (;;) {
      const k = this.kind(this.p);
      if (k === K.Dot) {
        this.p++;
        const member = this.primary();
        e = { kind: 'access', object: e, member, start: e.start, end: member.end };
      } else if (k === K.LParen) {
        const t = this.tuple();
        e = { kind: 'call', callee: e, args: t.items, start: e.start, end: t.end };
      } else if (k === K.LBracket && this.ends[this.p - 1]! >= this.starts[this.p]!) {
        this.p++;
        const index = startsExpression(this.kind(this.p)) ? this.expression() : undefined;
        const r = this.expect(K.RBracket);
        e = { kind: 'array', base: e, ...(index ? { index } : {}), start: e.start, end: this.ends[r]! };
      } else return e;
    }
  }

  /** tuple := '(' [expression { ',' expression }] ')' */
  private tuple(): Span & { kind: 'tuple'; items: Expr[] } {
    const l = this.expect(K.LParen);
    const items: Expr[] = [];
    if (startsExpression(this.kind(this.p))) {
      items.push(this.expression());
      while (this.kind(this.p) === K.Comma) {
        this.p++;
        items.push(this.expression());
      }
    }
    const r = this.expect(K.RParen);
    return { kind: 'tuple', items, start: this.starts[l]!, end: this.ends[r]! };
  }

  private primary(): Expr {
    const i = this.p;
    switch (this.kind(i)) {
      // Literal objects with every field in place (no spreads): this runs once per token.
      case K.Ident:
        this.p++;
        return { kind: 'ident', name: this.image(i), quoted: false, start: this.starts[i]!, end: this.ends[i]! };
      case K.Quoted:
        this.p++;
        return { kind: 'ident', name: this.decoded(i, 1), quoted: true, start: this.starts[i]!, end: this.ends[i]! };
      case K.String:
        this.p++;
        return { kind: 'string', value: this.decoded(i, 1), triple: false, start: this.starts[i]!, end: this.ends[i]! };
      case K.Triple:
        this.p++;
        return { kind: 'string', value: this.decoded(i, 3), triple: true, start: this.starts[i]!, end: this.ends[i]! };
      case K.Number: {
        this.p++;
        const raw = this.image(i);
        return { kind: 'number', raw, value: Number(raw), start: this.starts[i]!, end: this.ends[i]! };
      }
      case K.Backtick:
        this.p++;
        return { kind: 'backtick', value: this.text.slice(this.starts[i]! + 1, this.ends[i]! - 1), start: this.starts[i]!, end: this.ends[i]! };
      case K.Color:
        this.p++;
        return { kind: 'color', value: this.image(i), start: this.starts[i]!, end: this.ends[i]! };
      case K.Star:
        this.p++;
        return { kind: 'star', start: this.starts[i]!, end: this.ends[i]! };
      case K.LParen:
        return this.tuple();
      default:
        throw REJECT;
    }
  }

  /** The unescaped body of quoted token `i`; an invalid `\u` escape is a lexical error. */
  private decoded(i: number, quote: number): string {
    const body = this.text.slice(this.starts[i]! + quote, this.ends[i]! - quote);
    if (!body.includes('\\')) return body;
    const { value, bad } = unescapeBody(body);
    // A NUL (`\0`, `\u0000`) is an error: the recovering parser reports it (see lex/lex.ts).
    if (bad.length > 0 || value.includes('\0')) throw REJECT;
    return value;
  }
}

function startsExpression(k: K): boolean {
  switch (k) {
    case K.Operator:
    case K.Ident:
    case K.Quoted:
    case K.String:
    case K.Triple:
    case K.Number:
    case K.Backtick:
    case K.Color:
    case K.Star:
    case K.LParen:
      return true;
    default:
      return false;
  }
}

/** True for the `Table` / `TablePartial` keyword heading an element. */
function isTableKeyword(p: Part): boolean {
  if (p.kind !== 'ident' || p.quoted) return false;
  const k = p.name.toLowerCase();
  return k === 'table' || k === 'tablepartial';
}

function startsPart(k: K): boolean {
  return k === K.Comma || startsExpression(k);
}
