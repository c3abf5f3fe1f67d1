/** Builds the generic syntax of `syntax.ts` from the chevrotain CST of `parser.ts` (the
 * error-recovering path; valid input takes `descend.ts`). */
import type { CstNode, IToken } from 'chevrotain';
import { type Attribute, type Block, type Expr, type Part, type Settings, type Span, type Statement, combine, statementOf } from './syntax.js';
import * as T from '../lex/tokens.js';

type Children = Record<string, (CstNode | IToken)[] | undefined>;
const kids = (n: CstNode): Children => n.children as Children;
const tok = (n: CstNode, k: string): IToken[] => (kids(n)[k] as IToken[] | undefined) ?? [];
const nodes = (n: CstNode, k: string): CstNode[] => (kids(n)[k] as CstNode[] | undefined) ?? [];
// Tokens carry only start offsets (cheaper lexing); the end follows from the image.
const endOf = (t: IToken): number => t.startOffset + t.image.length;

/** Builds syntax from the CST produced by `DbmlParser.program`. */
export function buildProgram(cst: CstNode): Statement[] {
  const out: Statement[] = [];
  for (const el of nodes(cst, 'element')) {
    const s = statement(el);
    if (s) out.push(s);
  }
  for (const u of nodes(cst, 'useDecl')) {
    const s = useDecl(u);
    if (s) out.push(s);
  }
  return out.sort((a, b) => a.start - b.start);
}

function useDecl(n: CstNode): Statement | undefined {
  const kw = tok(n, 'keyword')[0];
  const path = tok(n, 'path')[0];
  if (!kw || !path || path.isInsertedInRecovery) return undefined;
  const star = tok(n, 'Star').length > 0;
  const blockNode = nodes(n, 'block')[0];
  const block = blockNode ? buildBlock(blockNode) : undefined;
  return {
    start: kw.startOffset,
    end: endOf(path),
    parts: [{ kind: 'ident', name: kw.image, quoted: false, start: kw.startOffset, end: endOf(kw) }],
    ...(block ? { block } : {}),
    use: { reuse: kw.image.toLowerCase() === 'reuse', star, path: String(path.payload ?? ''), pathSpan: { start: path.startOffset, end: endOf(path) } },
  };
}

function statement(n: CstNode): Statement | undefined {
  const partsNode = nodes(n, 'parts')[0];
  const trailingNode = nodes(n, 'trailing')[0];
  const parts = partsNode ? buildParts(partsNode) : [];
  // Parts written after the settings list are invalid for every element; keeping them as parts
  // lets each validator report them with its own message.
  if (trailingNode) parts.push(...buildParts(trailingNode));
  if (parts.length === 0) return undefined;
  const settingsNode = nodes(n, 'settings')[0];
  const settings = settingsNode ? buildSettings(settingsNode) : undefined;
  const blockNode = nodes(n, 'block')[0];
  const block = blockNode ? buildBlock(blockNode) : undefined;
  const simpleNode = nodes(n, 'simpleBody')[0];
  const simple = simpleNode ? buildSimple(simpleNode) : undefined;
  return statementOf(parts, settings, block, simple);
}

function buildSimple(n: CstNode): (Statement & { colon: Span }) | undefined {
  const colon = tok(n, 'Colon')[0]!;
  const partsNode = nodes(n, 'parts')[0];
  const parts = partsNode ? buildParts(partsNode) : [];
  const settingsNode = nodes(n, 'settings')[0];
  const settings = settingsNode ? buildSettings(settingsNode) : undefined;
  const cs = { start: colon.startOffset, end: endOf(colon) };
  if (parts.length === 0) return { ...cs, parts, colon: cs };
  const end = settings?.end ?? parts[parts.length - 1]!.end;
  return { start: parts[0]!.start, end, parts, colon: cs, ...(settings ? { settings } : {}) };
}

function buildBlock(n: CstNode): Block {
  const l = tok(n, 'LBrace')[0]!;
  const r = tok(n, 'RBrace')[0];
  const members: Statement[] = [];
  for (const m of nodes(n, 'member')) {
    const s = statement(m);
    if (s) members.push(s);
  }
  return { start: l.startOffset, end: r && !r.isInsertedInRecovery ? endOf(r) : (members.at(-1)?.end ?? endOf(l)), members };
}

function buildParts(n: CstNode): Part[] {
  const out: Part[] = [];
  for (const p of nodes(n, 'part')) {
    const e = nodes(p, 'expression')[0];
    if (e) {
      const x = buildExpr(e);
      if (x) out.push(x);
    } else {
      const c = tok(p, 'Comma')[0]!;
      out.push({ kind: 'comma', start: c.startOffset, end: endOf(c) });
    }
  }
  return out;
}

function buildSettings(n: CstNode): Settings {
  const l = tok(n, 'LBracket')[0]!;
  const r = tok(n, 'RBracket')[0];
  const commas = tok(n, 'Comma');
  // An attribute that error recovery left broken is already reported: keep its slot filled so
  // it is not also reported as empty.
  const attrs = nodes(n, 'attribute').flatMap((a): Attribute[] => {
    const built = buildAttribute(a);
    if (built) return [built];
    const t = firstToken(a);
    return t ? [{ start: t.startOffset, end: endOf(t), name: [], broken: true }] : [];
  });
  // Rebuild the list with empty slots: an entry is empty when two separators touch.
  const seps = [l.startOffset, ...commas.map((c) => c.startOffset), r && !r.isInsertedInRecovery ? r.startOffset : Infinity];
  const slots: (Attribute | Span)[] = [];
  for (let i = 0; i + 1 < seps.length; i++) {
    const a = attrs.find((x) => x.start > seps[i]! && x.start < seps[i + 1]!);
    const from = seps[i]!;
    slots.push(a ?? { start: from, end: from + 1 });
  }
  if (attrs.length === 0 && commas.length === 0) slots.length = 0;
  return { start: l.startOffset, end: r && !r.isInsertedInRecovery ? endOf(r) : (attrs.at(-1)?.end ?? endOf(l)), attrs: slots };
}

function firstToken(n: CstNode): IToken | undefined {
  let best: IToken | undefined;
  for (const k in n.children) {
    for (const c of n.children[k] ?? []) {
      const t = 'tokenType' in c ? (c as IToken) : firstToken(c as CstNode);
      if (t && !t.isInsertedInRecovery && (!best || t.startOffset < best.startOffset)) best = t;
    }
  }
  return best;
}

function buildAttribute(n: CstNode): Attribute | undefined {
  const name = nodes(n, 'name')
    .map(buildExpr)
    .filter((x): x is Expr => x !== undefined);
  const v = nodes(n, 'attributeValue')[0];
  if (!v) return name.length > 0 ? { start: name[0]!.start, end: name.at(-1)!.end, name } : undefined;
  const colonTok = tok(v, 'Colon')[0];
  if (!colonTok) return undefined;
  const value = nodes(v, 'expression')
    .map(buildExpr)
    .filter((x): x is Expr => x !== undefined);
  const colon = { start: colonTok.startOffset, end: endOf(colonTok) };
  return { start: name[0]?.start ?? colon.start, end: value.at(-1)?.end ?? colon.end, name, value, colon };
}

function buildExpr(n: CstNode): Expr | undefined {
  const operands = nodes(n, 'unary').map(buildUnary);
  const ops = tok(n, 'Operator');
  if (operands.some((o) => o === undefined)) return undefined;
  const xs = operands as Expr[];
  if (xs.length === 0) return undefined;
  if (ops.length !== xs.length - 1) return undefined;
  return combine(
    xs,
    ops.map((o) => o.image),
  );
}

function buildUnary(n: CstNode): Expr | undefined {
  const post = nodes(n, 'postfix')[0];
  if (!post) return undefined;
  let e = buildPostfix(post);
  if (!e) return undefined;
  const prefixes = tok(n, 'prefix');
  for (let i = prefixes.length - 1; i >= 0; i--) {
    const p = prefixes[i]!;
    e = { kind: 'prefix', op: p.image, operand: e, start: p.startOffset, end: e.end };
  }
  return e;
}

function buildPostfix(n: CstNode): Expr | undefined {
  const prim = nodes(n, 'primary')[0];
  let e = prim ? buildPrimary(prim) : undefined;
  if (!e) return undefined;
  for (const s of nodes(n, 'suffix')) {
    const dot = tok(s, 'Dot')[0];
    if (dot) {
      const m = nodes(s, 'primary')[0];
      const member = m ? buildPrimary(m) : undefined;
      if (!member) return undefined;
      e = { kind: 'access', object: e, member, start: e.start, end: member.end };
      continue;
    }
    const tup = nodes(s, 'tuple')[0];
    if (tup) {
      const t = buildTuple(tup);
      if (!t) return undefined;
      e = { kind: 'call', callee: e, args: t.items, start: e.start, end: t.end };
      continue;
    }
    const rb = tok(s, 'RBracket')[0];
    if (!rb || rb.isInsertedInRecovery) return undefined;
    const ix = nodes(s, 'expression')[0];
    const index = ix ? buildExpr(ix) : undefined;
    e = { kind: 'array', base: e, ...(index ? { index } : {}), start: e.start, end: endOf(rb) };
  }
  return e;
}

function buildTuple(n: CstNode): (Span & { kind: 'tuple'; items: Expr[] }) | undefined {
  const l = tok(n, 'LParen')[0]!;
  const r = tok(n, 'RParen')[0];
  if (!r || r.isInsertedInRecovery) return undefined;
  const items: Expr[] = [];
  for (const x of nodes(n, 'expression')) {
    const e = buildExpr(x);
    if (!e) return undefined;
    items.push(e);
  }
  return { kind: 'tuple', items, start: l.startOffset, end: endOf(r) };
}

function buildPrimary(n: CstNode): Expr | undefined {
  const tup = nodes(n, 'tuple')[0];
  if (tup) return buildTuple(tup);
  const c = kids(n);
  for (const k in c) {
    const t = (c[k] as IToken[])[0];
    if (!t || t.isInsertedInRecovery) return undefined;
    const span = { start: t.startOffset, end: endOf(t) };
    switch (t.tokenType) {
      case T.Identifier:
      case T.DigitIdentifier:
        return { kind: 'ident', name: t.image, quoted: false, ...span };
      case T.QuotedIdent:
        return { kind: 'ident', name: String(t.payload), quoted: true, ...span };
      case T.StringLiteral:
        return { kind: 'string', value: String(t.payload), triple: false, ...span };
      case T.TripleString:
        return { kind: 'string', value: String(t.payload), triple: true, ...span };
      case T.NumberLiteral:
        return { kind: 'number', raw: t.image, value: Number(t.image), ...span };
      case T.Backtick:
        return { kind: 'backtick', value: String(t.payload), ...span };
      case T.ColorLiteral:
        return { kind: 'color', value: t.image, ...span };
      case T.Star:
        return { kind: 'star', ...span };
      default:
        return undefined;
    }
  }
  return undefined;
}
