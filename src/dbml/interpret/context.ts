/** Shared helpers of the DBML interpreter: reading names, strings and settings lists out of
 * generic syntax. */
import type { Reporter } from '../diagnostics.js';
import type { Attribute, Expr, Part, Settings, Span } from '../parse/syntax.js';

/** The names of an identifier or a dotted chain of identifiers (`a`, `s.t`, `"S"."T".c`). */
export function nameParts(e: Expr | Part | undefined): string[] | undefined {
  if (!e) return undefined;
  if (e.kind === 'ident') return [e.name];
  if (e.kind === 'access') {
    const head = nameParts(e.object);
    const tail = nameParts(e.member);
    return head && tail ? head.concat(tail) : undefined;
  }
  return undefined;
}

/** The text of a string, a quoted identifier (accepted wherever a string is) or undefined. */
export function stringOf(e: Expr | undefined): string | undefined {
  if (!e) return undefined;
  if (e.kind === 'string') return e.value;
  if (e.kind === 'ident' && e.quoted) return e.name;
  return undefined;
}

/** True for a plain (unquoted) identifier with this case-insensitive keyword. */
export function isKeyword(e: Expr | Part | undefined, kw: string): boolean {
  return e !== undefined && e.kind === 'ident' && !e.quoted && e.name.toLowerCase() === kw;
}

/** A settings entry: lower-case name words joined by spaces, and the raw value. */
export interface Setting {
  readonly key: string;
  readonly value?: readonly Expr[];
  readonly span: Span;
  readonly attr: Attribute;
}

/** Reads a settings list; reports empty entries and non-identifier names. */
export function readSettings(s: Settings | undefined, r: Reporter): Setting[] {
  if (!s) return [];
  const out: Setting[] = [];
  for (const a of s.attrs) {
    // Empty entries were reported while checking the syntax (checkLayout).
    if (!('name' in a) || a.name.length === 0) continue;
    let key = '';
    let ok = true;
    for (const w of a.name) {
      if (w.kind === 'ident' && !w.quoted) key = key === '' ? w.name.toLowerCase() : `${key} ${w.name.toLowerCase()}`;
      else ok = false;
    }
    if (!ok) {
      r.error('validate', 'INVALID_SETTINGS', 'A setting name must be a stream of identifiers', a);
      continue;
    }
    const setting: Setting = a.colon ? { key, value: a.value ?? [], span: a, attr: a } : { key, span: a, attr: a };
    // A one-entry list at its size (most lists have one entry; `push` would take 17 slots).
    if (s.attrs.length === 1) return [setting];
    out.push(setting);
  }
  return out;
}

/** The single value expression of a setting, when it has exactly one. */
export function single(s: Setting): Expr | undefined {
  return s.value && s.value.length === 1 ? s.value[0] : undefined;
}

/** A colour literal must be `#` plus 3 or 6 hex digits. */
export function colorOf(e: Expr | undefined): string | undefined {
  return e?.kind === 'color' && /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(e.value) ? e.value : undefined;
}

/** Span covering a list of parts. */
export function spanOf(parts: readonly Span[]): Span {
  return { start: parts[0]?.start ?? 0, end: parts[parts.length - 1]?.end ?? 0 };
}

/** Evaluates a number with any stack of prefix signs (`-+-1.5e3`). */
export function numberOf(e: Expr | undefined): { value: number; raw: string } | undefined {
  if (!e) return undefined;
  if (e.kind === 'number') return { value: e.value, raw: e.raw };
  if (e.kind === 'prefix' && (e.op === '-' || e.op === '+')) {
    const inner = numberOf(e.operand);
    if (!inner) return undefined;
    return e.op === '-' ? { value: -inner.value, raw: inner.raw.startsWith('-') ? inner.raw.slice(1) : `-${inner.raw}` } : inner;
  }
  return undefined;
}

/** Dedents a `'''` note as upstream does: drop leading blank lines and the common indentation. */
export function dedentNote(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  let min = Infinity;
  for (const l of lines) {
    if (l.trim() === '') continue;
    const ind = /^[ \t]*/.exec(l)![0].length;
    if (ind < min) min = ind;
  }
  if (!Number.isFinite(min)) min = 0;
  return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

/** The string of a note value, dedented when it is a `'''` block. */
export function noteOf(e: Expr | undefined): string | undefined {
  if (!e) return undefined;
  if (e.kind === 'string' && e.triple) return dedentNote(e.value);
  return stringOf(e);
}

/** Reports every occurrence of a setting given more than once (upstream flags them all) and
 * returns the list with only first occurrences. `repeatable` keys (`ref`, `check`) may repeat. */
export function uniqueSettings(settings: Setting[], r: Reporter, code: string, repeatable: readonly string[] = []): Setting[] {
  // Settings lists are short: a quadratic scan beats building a Map and a Set per list.
  let repeats = false;
  for (let i = 1; i < settings.length && !repeats; i++) {
    for (let j = 0; j < i; j++) if (settings[j]!.key === settings[i]!.key) repeats = true;
  }
  if (!repeats) return settings;
  const count = new Map<string, number>();
  for (const s of settings) count.set(s.key, (count.get(s.key) ?? 0) + 1);
  const seen = new Set<string>();
  const out: Setting[] = [];
  for (const s of settings) {
    if (!repeatable.includes(s.key) && count.get(s.key)! > 1) r.error('validate', code, `'${s.key}' can only appear once`, s.span);
    if (!repeatable.includes(s.key) && seen.has(s.key)) continue;
    seen.add(s.key);
    out.push(s);
  }
  return out;
}

/** Reports every occurrence of a name that appears more than once in one element. */
export function reportRepeats<T>(items: readonly T[], nameOf: (t: T) => string, report: (t: T) => void): void {
  const count = new Map<string, number>();
  for (const it of items) count.set(nameOf(it), (count.get(nameOf(it)) ?? 0) + 1);
  for (const it of items) if (count.get(nameOf(it))! > 1) report(it);
}
