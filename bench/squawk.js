// squawk (the squawk-cli npm package ships its binary) beside gen lint on the same files: which
// squawk findings fall in gen's rule families, and which gen finding answers each. Used by
// bench/lint.js (the report) and test/lint-squawk.test.ts (every in-family squawk finding has
// a gen counterpart).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The platform package's binary (the squawk-cli wrapper's lock entries for other platforms break
// npm ci), as for the embedded PostgreSQL servers.
export const SQUAWK = path.join(root, 'node_modules/@squawk-cli/linux-x64/bin/squawk');

/** squawk rule → the gen codes that cover the same hazard. */
export const FAMILIES = {
  'require-concurrent-index-creation': ['blocking-index-build'],
  'require-concurrent-index-deletion': ['blocking-index-drop'],
  'ban-concurrent-index-creation-in-transaction': ['concurrently-in-transaction'],
  'constraint-missing-not-valid': ['constraint-not-valid', 'validate-in-same-transaction', 'constraint-without-index'],
  'adding-foreign-key-constraint': ['constraint-not-valid'],
  'adding-not-nullable-field': ['set-not-null'],
  'adding-required-field': ['not-null-column-without-default'],
  'adding-field-with-default': ['volatile-default'],
  'adding-serial-primary-key-field': ['volatile-default', 'constraint-without-index'],
  'changing-column-type': ['column-type-change', 'varchar-length-change'],
  'disallowed-unique-constraint': ['constraint-without-index'],
  'ban-drop-table': ['data-loss'],
  'ban-drop-column': ['data-loss'],
  'ban-drop-database': ['data-loss'],
  'ban-truncate-cascade': ['data-loss'],
  'renaming-column': ['rename'],
  'renaming-table': ['rename'],
  'require-enum-value-ordering': ['enum-value-position'],
  'require-lock-timeout': ['lock-timeout'],
  'require-statement-timeout': ['lock-timeout'],
  'identifier-too-long': ['identifier-too-long'],
  'prefer-timestamp-tz': ['prefer-timestamptz'],
  'prefer-identity': ['prefer-identity'],
  'ban-char-field': ['prefer-text-over-char'],
  'syntax-error': ['syntax'],
};

/** squawk's findings on `files` (its lines are 0-based; made 1-based here). */
export function squawkFindings(files) {
  let out;
  try {
    out = execFileSync(SQUAWK, ['--reporter', 'json', '--pg-version', '15.0', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (e) {
    out = e.stdout; // exit 1 when it found something
  }
  return JSON.parse(out).map((f) => ({ file: path.resolve(root, f.file), line: f.line + 1, lineEnd: (f.line_end ?? f.line) + 1, rule: f.rule_name, message: f.message }));
}

/** The line span of each statement of a file (semicolon-terminated), for matching by statement. */
function statementSpans(text) {
  const spans = [];
  let start = 1;
  let line = 1;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") inQuote = !inQuote;
    if (!inQuote && c === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++;
    }
    if (text[i] === '\n') line++;
    if (!inQuote && text[i] === ';') {
      spans.push([start, line]);
      start = line + (text[i + 1] === '\n' ? 1 : 0);
    }
  }
  return spans;
}

/** squawk asks for timeouts before any slow lock; gen's rule is about ACCESS EXCLUSIVE locks on
 * existing tables. A timeout finding is in the family when squawk names that lock (its
 * statement_timeout finding names none: it goes with the lock_timeout one on the same line). */
function inFamily(s, all) {
  if (!FAMILIES[s.rule]) return false;
  const exclusive = (f) => f.rule === 'require-lock-timeout' && f.message.includes('ACCESS EXCLUSIVE');
  if (s.rule === 'require-lock-timeout') return exclusive(s);
  if (s.rule === 'require-statement-timeout') return all.some((f) => f.file === s.file && f.line === s.line && exclusive(f));
  return true;
}

/** Pairs each in-family squawk finding with a gen finding of a family code on the same statement
 * (an ignored gen finding counts: the hazard was seen and acknowledged). */
export function compare(squawk, gen) {
  const spans = new Map();
  const spanOf = (file, line) => {
    if (!spans.has(file)) spans.set(file, statementSpans(readFileSync(file, 'utf8')));
    return spans.get(file).find(([a, b]) => line >= a && line <= b) ?? [line, line];
  };
  return squawk.map((s) => {
    const family = FAMILIES[s.rule];
    if (!inFamily(s, squawk)) return { squawk: s, family: false };
    const [a, b] = spanOf(s.file, s.line);
    const match = gen.find((g) => path.resolve(g.file) === s.file && family.includes(g.code) && g.line >= a && g.line <= b);
    return { squawk: s, family: true, gen: match };
  });
}
