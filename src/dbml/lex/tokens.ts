/** DBML tokens (chevrotain). Keywords are not reserved in DBML, so there is no keyword token: an
 * element's meaning comes from the identifier's position, checked after parsing. */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';
import { COLOR, IDENTIFIER, classifyDigits, type DigitClass } from './lexical.js';

function digitMatcher(want: DigitClass): CustomPatternMatcherFunc {
  return (text, offset) => {
    const c = text.charCodeAt(offset);
    if (c < 48 || c > 57) return null;
    const r = classifyDigits(text, offset);
    if (r.cls !== want) return null;
    const out = [text.slice(offset, r.end)] as unknown as RegExpExecArray;
    return out;
  };
}

const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

// chevrotain's first-character optimisation needs the possible first characters of custom
// patterns. Above 255 it buckets char codes by `code / 255`, so one char per bucket covers all.
const identStartHint: string[] = ['_'];
for (let c = 65; c <= 122; c++) if (c <= 90 || c >= 97) identStartHint.push(String.fromCharCode(c));
for (let c = 0xc0; c <= 0xff; c++) if (c !== 0xd7 && c !== 0xf7) identStartHint.push(String.fromCharCode(c));
for (let c = 256; c < 65536; c += 255) identStartHint.push(String.fromCharCode(c));
identStartHint.push(String.fromCharCode(65535), '\u00aa', '\u00b5', '\u00ba');

export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true, label: 'newline' });
export const Whitespace = createToken({ name: 'Whitespace', pattern: /[ \t\r\f\v\u00a0\ufeff]+/, group: Lexer.SKIPPED });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: 'comments' });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, line_breaks: true, group: 'comments' });
export const UnterminatedComment = createToken({ name: 'UnterminatedComment', pattern: /\/\*[\s\S]*/, line_breaks: true });

export const TripleString = createToken({ name: 'TripleString', pattern: /'''(?:[^\\']|\\[\s\S]|'(?!''))*'''/, line_breaks: true, label: "'''string'''" });
export const UnterminatedTripleString = createToken({ name: 'UnterminatedTripleString', pattern: /'''(?:[^\\']|\\[\s\S]|'(?!''))*/, line_breaks: true });
// A backslash before a newline continues a single-quoted string on the next line.
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /'(?:[^\\'\n]|\\[\s\S])*'/, line_breaks: true, label: "'string'" });
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /'(?:[^\\'\n]|\\[\s\S])*/, line_breaks: true });
export const QuotedIdent = createToken({ name: 'QuotedIdent', pattern: /"(?:[^\\"\n]|\\[\s\S])*"/, line_breaks: true, label: '"quoted identifier"' });
export const UnterminatedQuotedIdent = createToken({ name: 'UnterminatedQuotedIdent', pattern: /"(?:[^\\"\n]|\\[\s\S])*/, line_breaks: true });
export const Backtick = createToken({ name: 'Backtick', pattern: /`[^`]*`/, line_breaks: true, label: '`expression`' });
export const UnterminatedBacktick = createToken({ name: 'UnterminatedBacktick', pattern: /`[^`]*/, line_breaks: true });

// chevrotain drops the `u` flag of a pattern, so Unicode classes go through sticky matchers.
function unicodeMatcher(re: RegExp): CustomPatternMatcherFunc {
  const sticky = new RegExp(re.source, 'uy');
  return (text, offset) => {
    sticky.lastIndex = offset;
    return sticky.exec(text);
  };
}

export const ColorLiteral = createToken({ name: 'ColorLiteral', pattern: { exec: unicodeMatcher(COLOR) }, start_chars_hint: ['#'], line_breaks: false, label: '#color' });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: { exec: digitMatcher('number') }, start_chars_hint: digits, line_breaks: false, label: 'number' });
export const BadNumber = createToken({ name: 'BadNumber', pattern: { exec: digitMatcher('bad') }, start_chars_hint: digits, line_breaks: false });
export const Identifier = createToken({ name: 'Identifier', pattern: { exec: unicodeMatcher(IDENTIFIER) }, start_chars_hint: identStartHint, line_breaks: false, label: 'identifier' });
export const DigitIdentifier = createToken({ name: 'DigitIdentifier', pattern: { exec: digitMatcher('ident') }, start_chars_hint: digits, line_breaks: false, categories: [Identifier] });

export const LBrace = createToken({ name: 'LBrace', pattern: /\{/, label: "'{'" });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/, label: "'}'" });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/, label: "']'" });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: "')'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: "','" });
export const Colon = createToken({ name: 'Colon', pattern: /:/, label: "':'" });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/, label: "';'" });
export const Dot = createToken({ name: 'Dot', pattern: /\./, label: "'.'" });
export const Star = createToken({ name: 'Star', pattern: /\*/, label: "'*'" });
// Optional-ref operators (npm >= 9): `?` on either side of `<`, `>`, `-`, `<>`. Longest first.
export const Operator = createToken({
  name: 'Operator',
  pattern: /\?<>\?|\?<\?|\?>\?|\?-\?|\?<>|<>\?|\?<|<\?|\?>|>\?|\?-|-\?|<>|<=|>=|==|!=|[-+/%<>=!&|~]/,
  label: 'operator',
});
export const UnknownSymbol = createToken({ name: 'UnknownSymbol', pattern: /[\s\S]/, line_breaks: true });

/** All tokens in match order: longer and more specific patterns first. */
export const allTokens: TokenType[] = [
  Newline,
  Whitespace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  TripleString,
  UnterminatedTripleString,
  StringLiteral,
  UnterminatedString,
  QuotedIdent,
  UnterminatedQuotedIdent,
  Backtick,
  UnterminatedBacktick,
  ColorLiteral,
  NumberLiteral,
  DigitIdentifier,
  BadNumber,
  Identifier,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  LParen,
  RParen,
  Comma,
  Colon,
  Semicolon,
  Dot,
  Star,
  Operator,
  UnknownSymbol,
];

/** Token types that the lexer produces only to report an error. */
export const errorTokens: ReadonlySet<TokenType> = new Set([UnterminatedComment, UnterminatedTripleString, UnterminatedString, UnterminatedQuotedIdent, UnterminatedBacktick, BadNumber, UnknownSymbol, Semicolon]);

export const dbmlLexer = new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: true });
