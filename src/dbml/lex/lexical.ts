/** Character-level rules of DBML shared by the chevrotain lexer (`tokens.ts`, `lex.ts`) and the
 * fast scanner (`scan.ts`). Free of chevrotain so the fast path never loads it. */

// Identifiers start with a Unicode letter, mark or `_`; later characters may be ASCII digits.
export const identPart = /[\p{L}\p{M}_0-9]/u;

/** What a run starting with a digit is: a number, an identifier (`1abc`) or an invalid number. */
export type DigitClass = 'number' | 'ident' | 'bad';

let cacheText = '';
let cacheOffset = -1;
let cacheResult: { cls: DigitClass; end: number } | undefined;

/** Classifies a run that starts with a digit: `12`, `1.5e3` numbers; `1abc` identifiers; `1.2.3`,
 * `12.3abc` invalid numbers (upstream UNKNOWN_TOKEN "Invalid number"). Cached for the last
 * offset because chevrotain tries three token types at the same position. The number is matched
 * by hand, not with a regular expression: the fast scanner calls this for every number of a
 * schema, and a sticky RegExp per call plus its match array were a large share of what a big
 * parse allocates. */
export function classifyDigits(text: string, offset: number): { cls: DigitClass; end: number } {
  if (text === cacheText && offset === cacheOffset && cacheResult) return cacheResult;
  // [0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?, and whether the match holds `.`, `+` or `-`.
  let end = digitsFrom(text, offset);
  let plain = true;
  if (end === offset) end = offset + 1;
  else {
    if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
      end = digitsFrom(text, end + 1);
      plain = false;
    }
    const e = text.charCodeAt(end);
    if (e === 101 || e === 69) {
      const s = text.charCodeAt(end + 1);
      const signed = s === 43 || s === 45;
      const first = end + (signed ? 2 : 1);
      if (isDigit(text.charCodeAt(first))) {
        end = digitsFrom(text, first);
        if (signed) plain = false;
      }
    }
  }
  let cls: DigitClass = 'number';
  const next = text[end];
  if (next !== undefined && identPart.test(next) && plain) {
    // `1abc`, `3a` (but not across a dot: `3a.4a` is two identifiers and a dot).
    while (end < text.length && identPart.test(text[end]!)) end++;
    cls = 'ident';
  } else if (next !== undefined && (next === '.' || identPart.test(next))) {
    // `1.a`, `1.2.3`, `12.3abc`: upstream's "Invalid number".
    while (end < text.length && (text[end] === '.' || identPart.test(text[end]!))) end++;
    cls = 'bad';
  }
  cacheText = text;
  cacheOffset = offset;
  cacheResult = { cls, end };
  return cacheResult;
}

// (charCodeAt past the end is NaN: not a digit.)
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitsFrom(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Identifier and color patterns (Unicode classes need the `u` flag; used sticky). */
export const IDENTIFIER = /[\p{L}\p{M}_][\p{L}\p{M}_0-9]*/u;
export const COLOR = /#[\p{L}\p{N}_]*/u;

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
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
        out += '\b';
        break;
      case 'v':
        out += '\v';
        break;
      case 'f':
        out += '\f';
        break;
      case '0':
        out += '\0';
        break;
      case '\n':
        break; // line continuation
      case '\r':
        if (body[i + 1] === '\n') i++;
        break;
      case ' ':
        out += '\\ ';
        break;
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
      default:
        out += n;
    }
  }
  return { value: out, bad };
}
