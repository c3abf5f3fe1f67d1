/** The DBML CstParser. Like upstream `@dbml/parse`, it parses one generic statement shape
 * (`parts [settings] ({ block } | : body)`) and leaves element-specific rules to the validator,
 * which gives upstream-compatible messages for every misuse of a keyword. */
import { CstParser, tokenMatcher, type IToken } from 'chevrotain';
import { spaced } from '../lex/lex.js';
import * as T from '../lex/tokens.js';

/** The single DBML parser class; use the shared `dbmlParser` instance. */
export class DbmlParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'none' });
    this.performSelfAnalysis();
  }

  /** program := { newline | use-declaration | element } */
  public program = this.RULE('program', () => {
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Newline) }, { GATE: () => this.atUse(), ALT: () => this.SUBRULE(this.useDecl) }, { ALT: () => this.SUBRULE(this.element) }]);
    });
  });

  /** use-declaration := (use|reuse) ( '*' | '{' specifiers '}' ) from 'path' */
  public useDecl = this.RULE('useDecl', () => {
    this.CONSUME(T.Identifier, { LABEL: 'keyword' });
    this.OR([{ ALT: () => this.CONSUME(T.Star) }, { ALT: () => this.SUBRULE(this.block) }]);
    this.CONSUME2(T.Identifier, { LABEL: 'from' });
    this.CONSUME(T.StringLiteral, { LABEL: 'path' });
  });

  /** element := parts [settings] {newline} ( block | ':' simpleBody ) — a top-level element. */
  public element = this.RULE('element', () => {
    this.SUBRULE(this.parts);
    this.OPTION(() => this.SUBRULE(this.settings));
    this.MANY(() => this.CONSUME(T.Newline));
    this.OR([{ ALT: () => this.SUBRULE(this.block) }, { ALT: () => this.SUBRULE(this.simpleBody) }]);
  });

  /** member := parts [settings [parts]] [ block | ':' simpleBody ] — one line of a block. Parts
   * after the settings are kept so the validator can reject them with the element's message. */
  public member = this.RULE('member', () => {
    this.SUBRULE(this.parts);
    this.OPTION(() => {
      this.SUBRULE(this.settings);
      this.OPTION3(() => this.SUBRULE2(this.parts, { LABEL: 'trailing' }));
    });
    this.OPTION2(() => {
      this.OR([{ ALT: () => this.SUBRULE(this.block) }, { ALT: () => this.SUBRULE(this.simpleBody) }]);
    });
  });

  /** block := '{' { newline | member } '}' */
  public block = this.RULE('block', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Newline) }, { ALT: () => this.SUBRULE(this.member) }]);
    });
    this.CONSUME(T.RBrace);
  });

  /** simpleBody := ':' [newline] parts [settings] — the rest of the line after a colon. */
  public simpleBody = this.RULE('simpleBody', () => {
    this.CONSUME(T.Colon);
    this.OPTION(() => this.CONSUME(T.Newline));
    this.SUBRULE(this.parts);
    this.OPTION2(() => this.SUBRULE(this.settings));
  });

  /** parts := { part } — space-separated (and, in record rows, comma-separated). */
  public parts = this.RULE('parts', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.part));
  });

  /** part := expression | ',' */
  public part = this.RULE('part', () => {
    this.OR([{ ALT: () => this.SUBRULE(this.expression) }, { ALT: () => this.CONSUME(T.Comma) }]);
  });

  /** settings := '[' [attribute] { ',' [attribute] } ']' */
  public settings = this.RULE('settings', () => {
    this.CONSUME(T.LBracket);
    this.OPTION(() => this.SUBRULE(this.attribute));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OPTION2(() => this.SUBRULE2(this.attribute));
    });
    this.CONSUME(T.RBracket);
  });

  /** attribute := { expression } [ ':' { expression } ] — e.g. `not null`, `delete: set null`. */
  public attribute = this.RULE('attribute', () => {
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => this.SUBRULE(this.expression, { LABEL: 'name' }));
          this.OPTION(() => this.SUBRULE(this.attributeValue));
        },
      },
      { ALT: () => this.SUBRULE2(this.attributeValue) },
    ]);
  });

  /** attributeValue := ':' { expression } */
  public attributeValue = this.RULE('attributeValue', () => {
    this.CONSUME(T.Colon);
    this.OPTION(() => {
      this.SUBRULE(this.expression);
      // Only identifiers continue a value (`set null`, `no action`); anything else ends it.
      this.MANY({
        GATE: () => tokenMatcher(this.LA(0), T.Identifier) && tokenMatcher(this.LA(1), T.Identifier),
        DEF: () => this.SUBRULE2(this.expression),
      });
    });
  });

  /** expression := unary { operator unary } — precedence is applied by the visitor. */
  public expression = this.RULE('expression', () => {
    this.SUBRULE(this.unary);
    this.MANY(() => {
      this.CONSUME(T.Operator);
      this.SUBRULE2(this.unary);
    });
  });

  /** unary := { operator } postfix */
  public unary = this.RULE('unary', () => {
    this.MANY(() => this.CONSUME(T.Operator, { LABEL: 'prefix' }));
    this.SUBRULE(this.postfix);
  });

  /** postfix := primary { suffix } */
  public postfix = this.RULE('postfix', () => {
    this.SUBRULE(this.primary);
    this.MANY({
      // `[` right after a token is an array suffix; after a space it opens a settings list.
      GATE: () => this.LA(1).tokenType !== T.LBracket || !spaced(this.LA(0), this.LA(1)),
      DEF: () => this.SUBRULE(this.suffix),
    });
  });

  /** suffix := '.' primary | tuple (a call) | '[' [expression] ']' (an array type) */
  public suffix = this.RULE('suffix', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Dot);
          this.SUBRULE(this.primary);
        },
      },
      { ALT: () => this.SUBRULE(this.tuple) },
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          this.OPTION(() => this.SUBRULE(this.expression));
          this.CONSUME(T.RBracket);
        },
      },
    ]);
  });

  /** primary := identifier | "quoted" | 'string' | '''string''' | number | `expr` | #color | '*' | tuple */
  public primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(T.QuotedIdent) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.TripleString) },
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      { ALT: () => this.CONSUME(T.Backtick) },
      { ALT: () => this.CONSUME(T.ColorLiteral) },
      { ALT: () => this.CONSUME(T.Star) },
      { ALT: () => this.SUBRULE(this.tuple) },
    ]);
  });

  /** tuple := '(' [expression { ',' expression }] ')' — also a call's argument list. */
  public tuple = this.RULE('tuple', () => {
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.expression);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.expression);
      });
    });
    this.CONSUME(T.RParen);
  });

  private atUse(): boolean {
    const t = this.LA(1);
    if (t.tokenType !== T.Identifier) return false;
    const k = t.image.toLowerCase();
    if (k !== 'use' && k !== 'reuse') return false;
    const n = this.LA(2).tokenType;
    return n === T.Star || n === T.LBrace;
  }

  /** Parses a token vector; returns the CST root (possibly partial when errors were recovered). */
  parseTokens(tokens: IToken[]) {
    this.input = tokens;
    const cst = this.program();
    return { cst, errors: this.errors };
  }
}

let shared: DbmlParser | undefined;

/** The process-wide parser instance (self-analysis runs once). */
export function dbmlParser(): DbmlParser {
  shared ??= new DbmlParser();
  return shared;
}
