/** The generic DBML syntax tree: statements made of parts, settings and bodies, and expressions
 * with operator precedence applied. Built by `descend.ts` (fast path) or `cst-syntax.ts`
 * (from chevrotain's CST, with error recovery). */

import type { ColumnItem } from '../document.js';
import type { Span } from '../diagnostics.js';

export type { Span };

/** An expression of the generic grammar. */
export type Expr =
  | (Span & { readonly kind: 'ident'; readonly name: string; readonly quoted: boolean })
  | (Span & { readonly kind: 'string'; readonly value: string; readonly triple: boolean })
  | (Span & { readonly kind: 'number'; readonly raw: string; readonly value: number })
  | (Span & { readonly kind: 'backtick'; readonly value: string })
  | (Span & { readonly kind: 'color'; readonly value: string })
  | (Span & { readonly kind: 'star' })
  | (Span & { readonly kind: 'tuple'; readonly items: readonly Expr[] })
  | (Span & { readonly kind: 'access'; readonly object: Expr; readonly member: Expr })
  | (Span & { readonly kind: 'call'; readonly callee: Expr; readonly args: readonly Expr[] })
  | (Span & { readonly kind: 'array'; readonly base: Expr; readonly index?: Expr })
  | (Span & { readonly kind: 'prefix'; readonly op: string; readonly operand: Expr })
  | (Span & { readonly kind: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr });

/** A part of a statement: an expression, or a comma (only meaningful in record rows). */
export type Part = Expr | (Span & { readonly kind: 'comma' });

/** One `name[: value]` entry of a settings list; `name` words are kept as expressions. */
export interface Attribute extends Span {
  readonly name: readonly Expr[];
  /** Set when error recovery left the attribute incomplete (already reported). */
  readonly broken?: boolean;
  readonly value?: readonly Expr[];
  readonly colon?: Span;
}

/** A `[ ... ]` settings list. Empty entries (`[pk,]`) are kept as `undefined` for diagnostics. */
export interface Settings extends Span {
  readonly attrs: readonly (Attribute | Span)[];
}

/** A statement: a top-level element or one member line of a block. */
export interface Statement extends Span {
  /** A Table body's column line the fast path recognised as a repeat of an earlier one
   * (`column-lines.ts`): already read, with no parts of its own. */
  readonly column?: ColumnItem;
  readonly parts: readonly Part[];
  readonly settings?: Settings;
  readonly block?: Block;
  readonly simple?: Statement & { readonly colon: Span };
  /** Set for `use`/`reuse` declarations. */
  readonly use?: { readonly reuse: boolean; readonly star: boolean; readonly path: string; readonly pathSpan: Span };
}

/** A `{ ... }` body. */
export interface Block extends Span {
  readonly members: readonly Statement[];
}

// Binding powers of infix operators, loosest first (upstream's Pratt table).
function infixPower(op: string): number {
  switch (op) {
    case '/':
    case '%':
      return 6;
    case '+':
    case '-':
      return 5;
    case '==':
    case '!=':
      return 3;
    case '=':
      return 2;
    default:
      return 4; // relational and relationship operators: < <= > >= <> and the optional-ref forms
  }
}

/** Applies infix precedence to the flat list `xs[0] ops[0] xs[1] ops[1] ...` (precedence
 * climbing); operator i sits between xs[i] and xs[i + 1]. */
export function combine(xs: readonly Expr[], ops: readonly string[]): Expr {
  let i = 0;
  const climb = (first: Expr, minPower: number): Expr => {
    let left = first;
    while (i < ops.length && infixPower(ops[i]!) >= minPower) {
      const op = ops[i]!;
      const p = infixPower(op);
      let right = xs[++i]!;
      while (i < ops.length && infixPower(ops[i]!) > p) right = climb(right, p + 1);
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  };
  return climb(xs[0]!, 0);
}

/** A statement from its pieces; it ends where its last piece ends. */
export function statementOf(parts: readonly Part[], settings: Settings | undefined, block: Block | undefined, simple: (Statement & { readonly colon: Span }) | undefined): Statement {
  const start = parts[0]!.start;
  const end = block?.end ?? simple?.end ?? settings?.end ?? parts[parts.length - 1]!.end;
  // One literal with every field (absent ones undefined): spreads allocated two objects per
  // statement and gave statements of different shapes.
  return { start, end, parts, settings, block, simple };
}
