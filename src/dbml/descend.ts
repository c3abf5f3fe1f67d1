/** The fast parse path: recursive descent over `scan()`'s token arrays, straight to the syntax of
 * `syntax.ts` with no CST in between.
 *
 * It follows `parser.ts` (the chevrotain grammar, which stays the reference: railroad diagram,
 * error recovery, diagnostics) decision for decision, and gives up at the first token the
 * grammar would reject; `parseSource` then parses the text again with chevrotain to report every
 * error with recovery. Valid input — the case that has to be fast — never reaches chevrotain.
 * `test/fast-parse.test.ts` checks that both paths build identical syntax. */
import { unescapeBody } from './lexical.js';
import { K, type Scanned } from './scan.js';
import { combine, statementOf, type Attribute, type Block, type Expr, type Part, type Settings, type Span, type Statement } from './syntax.js';

/** Thrown (and caught in `descend`) where the grammar rejects the input. */
class Reject {}
const REJECT = new Reject();

/** Parses scanned tokens into top-level statements, handing each to `emit` as soon as it is
 * complete (so the syntax of one element can be dropped before the next is built); false when
 * the grammar rejects the tokens — statements emitted before are then void. */
export function descend(text: string, tokens: Scanned, emit: (st: Statement) => void): boolean {
  const { kinds, starts, ends, count } = tokens;
  let p = 0;
  let limit = 0;
  const kind = (i: number): K => (i < limit ? (kinds[i] as K) : K.End);

  // As `parseSource`'s chevrotain path: one program per chunk, a chunk ending after a depth-0
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
          program(chunk, i + 2);
          chunk = i + 2;
          i++;
        }
      }
    }
    if (chunk < count) program(chunk, count);
  } catch (e) {
    if (e === REJECT) return false;
    throw e;
  }
  return true;

  function program(from: number, to: number): void {
    p = from;
    limit = to;
    while (p < limit) {
      const k = kind(p);
      if (k === K.Newline) p++;
      else if (atUse()) emit(useDecl());
      else if (startsPart(k)) emit(element());
      else throw REJECT;
    }
  }

  function expect(k: K): number {
    if (kind(p) !== k) throw REJECT;
    return p++;
  }

  function image(i: number): string {
    return text.slice(starts[i], ends[i]);
  }

  function span(i: number): Span {
    return { start: starts[i]!, end: ends[i]! };
  }

  function atUse(): boolean {
    if (kind(p) !== K.Ident) return false;
    const k = image(p).toLowerCase();
    if (k !== 'use' && k !== 'reuse') return false;
    const n = kind(p + 1);
    return n === K.Star || n === K.LBrace;
  }

  function useDecl(): Statement {
    const kw = p++;
    let star = false;
    let block: Block | undefined;
    if (kind(p) === K.Star) {
      star = true;
      p++;
    } else block = parseBlock();
    expect(K.Ident);
    const path = expect(K.String);
    const word = image(kw);
    return {
      start: starts[kw]!,
      end: ends[path]!,
      parts: [{ kind: 'ident', name: word, quoted: false, ...span(kw) }],
      ...(block ? { block } : {}),
      use: { reuse: word.toLowerCase() === 'reuse', star, path: decoded(path, 1), pathSpan: span(path) },
    };
  }

  /** element := parts [settings] {newline} ( block | ':' simpleBody ) */
  function element(): Statement {
    const parts = parseParts();
    const settings = kind(p) === K.LBracket ? parseSettings() : undefined;
    while (kind(p) === K.Newline) p++;
    let block: Block | undefined;
    let simple: (Statement & { colon: Span }) | undefined;
    if (kind(p) === K.LBrace) block = parseBlock();
    else if (kind(p) === K.Colon) simple = simpleBody();
    else throw REJECT;
    return statementOf(parts, settings, block, simple);
  }

  /** member := parts [settings [parts]] [ block | ':' simpleBody ] */
  function member(): Statement {
    const parts = parseParts();
    let settings: Settings | undefined;
    if (kind(p) === K.LBracket) {
      settings = parseSettings();
      if (startsPart(kind(p))) for (const x of parseParts()) parts.push(x);
    }
    let block: Block | undefined;
    let simple: (Statement & { colon: Span }) | undefined;
    if (kind(p) === K.LBrace) block = parseBlock();
    else if (kind(p) === K.Colon) simple = simpleBody();
    return statementOf(parts, settings, block, simple);
  }

  /** block := '{' { newline | member } '}' */
  function parseBlock(): Block {
    const l = expect(K.LBrace);
    const members: Statement[] = [];
    for (;;) {
      const k = kind(p);
      if (k === K.Newline) p++;
      else if (startsPart(k)) members.push(member());
      else break;
    }
    const r = expect(K.RBrace);
    return { start: starts[l]!, end: ends[r]!, members };
  }

  /** simpleBody := ':' [newline] parts [settings] */
  function simpleBody(): Statement & { colon: Span } {
    const colon = span(expect(K.Colon));
    if (kind(p) === K.Newline) p++;
    const parts = parseParts();
    const settings = kind(p) === K.LBracket ? parseSettings() : undefined;
    const end = settings?.end ?? parts[parts.length - 1]!.end;
    return { start: parts[0]!.start, end, parts, colon, ...(settings ? { settings } : {}) };
  }

  /** parts := part { part }, part := expression | ',' */
  function parseParts(): Part[] {
    if (!startsPart(kind(p))) throw REJECT;
    const parts: Part[] = [];
    while (startsPart(kind(p))) {
      if (kind(p) === K.Comma) {
        parts.push({ kind: 'comma', ...span(p) });
        p++;
      } else parts.push(expression());
    }
    return parts;
  }

  /** settings := '[' [attribute] { ',' [attribute] } ']' — empty entries kept as spans. */
  function parseSettings(): Settings {
    const l = expect(K.LBracket);
    const attrs: (Attribute | Span)[] = [];
    let sep = starts[l]!;
    let any = false;
    for (;;) {
      const k = kind(p);
      if (startsExpression(k) || k === K.Colon) attrs.push(attribute());
      else attrs.push({ start: sep, end: sep + 1 });
      if (kind(p) !== K.Comma) break;
      any = true;
      sep = starts[p]!;
      p++;
    }
    const r = expect(K.RBracket);
    // `[]` has no entries; `[,]` has two empty ones.
    if (!any && !('name' in attrs[0]!)) attrs.length = 0;
    return { start: starts[l]!, end: ends[r]!, attrs };
  }

  /** attribute := { expression } [ ':' value ] | ':' value */
  function attribute(): Attribute {
    const name: Expr[] = [];
    while (startsExpression(kind(p))) name.push(expression());
    if (kind(p) !== K.Colon) return { start: name[0]!.start, end: name[name.length - 1]!.end, name };
    const colon = span(p++);
    const value: Expr[] = [];
    if (startsExpression(kind(p))) {
      value.push(expression());
      // Only identifiers continue a value (`set null`, `no action`).
      while (kind(p - 1) === K.Ident && kind(p) === K.Ident) value.push(expression());
    }
    return { start: name[0]?.start ?? colon.start, end: value[value.length - 1]?.end ?? colon.end, name, value, colon };
  }

  /** expression := unary { operator unary }, with the infix precedence of `syntax.ts`. */
  function expression(): Expr {
    const first = unary();
    if (kind(p) !== K.Operator) return first;
    const xs: Expr[] = [first];
    const ops: string[] = [];
    while (kind(p) === K.Operator) {
      ops.push(image(p++));
      xs.push(unary());
    }
    return combine(xs, ops);
  }

  /** unary := { operator } postfix */
  function unary(): Expr {
    if (kind(p) !== K.Operator) return postfix();
    const op = p++;
    const operand = unary();
    return { kind: 'prefix', op: image(op), operand, start: starts[op]!, end: operand.end };
  }

  /** postfix := primary { '.' primary | tuple | '[' [expression] ']' } — a `[` after a space opens
   * a settings list instead. */
  function postfix(): Expr {
    let e = primary();
    for (;;) {
      const k = kind(p);
      if (k === K.Dot) {
        p++;
        const member = primary();
        e = { kind: 'access', object: e, member, start: e.start, end: member.end };
      } else if (k === K.LParen) {
        const t = tuple();
        e = { kind: 'call', callee: e, args: t.items, start: e.start, end: t.end };
      } else if (k === K.LBracket && ends[p - 1]! >= starts[p]!) {
        p++;
        const index = startsExpression(kind(p)) ? expression() : undefined;
        const r = expect(K.RBracket);
        e = { kind: 'array', base: e, ...(index ? { index } : {}), start: e.start, end: ends[r]! };
      } else return e;
    }
  }

  /** tuple := '(' [expression { ',' expression }] ')' */
  function tuple(): Span & { kind: 'tuple'; items: Expr[] } {
    const l = expect(K.LParen);
    const items: Expr[] = [];
    if (startsExpression(kind(p))) {
      items.push(expression());
      while (kind(p) === K.Comma) {
        p++;
        items.push(expression());
      }
    }
    const r = expect(K.RParen);
    return { kind: 'tuple', items, start: starts[l]!, end: ends[r]! };
  }

  function primary(): Expr {
    const i = p;
    switch (kind(i)) {
      // Literal objects with every field in place (no spreads): this runs once per token.
      case K.Ident: p++; return { kind: 'ident', name: image(i), quoted: false, start: starts[i]!, end: ends[i]! };
      case K.Quoted: p++; return { kind: 'ident', name: decoded(i, 1), quoted: true, start: starts[i]!, end: ends[i]! };
      case K.String: p++; return { kind: 'string', value: decoded(i, 1), triple: false, start: starts[i]!, end: ends[i]! };
      case K.Triple: p++; return { kind: 'string', value: decoded(i, 3), triple: true, start: starts[i]!, end: ends[i]! };
      case K.Number: {
        p++;
        const raw = image(i);
        return { kind: 'number', raw, value: Number(raw), start: starts[i]!, end: ends[i]! };
      }
      case K.Backtick: p++; return { kind: 'backtick', value: text.slice(starts[i]! + 1, ends[i]! - 1), start: starts[i]!, end: ends[i]! };
      case K.Color: p++; return { kind: 'color', value: image(i), start: starts[i]!, end: ends[i]! };
      case K.Star: p++; return { kind: 'star', start: starts[i]!, end: ends[i]! };
      case K.LParen: return tuple();
      default: throw REJECT;
    }
  }

  /** The unescaped body of quoted token `i`; an invalid `\u` escape is a lexical error. */
  function decoded(i: number, quote: number): string {
    const body = text.slice(starts[i]! + quote, ends[i]! - quote);
    if (!body.includes('\\')) return body;
    const { value, bad } = unescapeBody(body);
    if (bad.length > 0) throw REJECT;
    return value;
  }
}

function startsExpression(k: K): boolean {
  switch (k) {
    case K.Operator: case K.Ident: case K.Quoted: case K.String: case K.Triple: case K.Number:
    case K.Backtick: case K.Color: case K.Star: case K.LParen:
      return true;
    default:
      return false;
  }
}

function startsPart(k: K): boolean {
  return k === K.Comma || startsExpression(k);
}
