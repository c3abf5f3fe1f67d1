// Fuzz inputs for the DBML front end, each a pure function of (seed, index): grammar-based
// documents (valid-looking DBML with hostile names, strings and expressions) and byte-level
// mutations of the shared corpus (../shared/dbml-corpus, found by test/corpus-helpers).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small seeded generator, so input `i` of seed `s` is the same on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)], chance: (p) => next() < p };
}

/** The seed of input `index` of a run seeded `seed` (inputs are independent of each other). */
export const inputSeed = (seed, index) => (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;

const here = path.dirname(fileURLToPath(import.meta.url));

/** The corpus files to mutate: every `.dbml` of the shared corpus under `maxBytes`. */
export function corpusTexts(maxBytes = 12_000) {
  const candidates = [process.env.GEN_SHARED_DIR, path.resolve(here, '../../../shared'), '/work/shared'];
  const shared = candidates.find((c) => c && existsSync(path.join(c, 'dbml-corpus', 'MANIFEST.tsv')));
  if (!shared) throw new Error(`the DBML corpus was not found in ${candidates.filter(Boolean).join(', ')}; set GEN_SHARED_DIR`);
  const out = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir).sort()) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.dbml') && statSync(p).size <= maxBytes) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(shared, 'dbml-corpus'));
  return out;
}

// Pieces that break things: quotes, escapes, comment and statement breakers, line breaks of
// every kind, NUL, astral and combining characters, long names around the 63-byte limit.
const HOSTILE = ["'", '"', '`', '\\', '\\n', '\\u0041', '*/', '/*', '--', ';', '$$', '\n', '\r\n', '\r', '\u2028', '\u2029', '\0', '\t', 'é', 'e\u0301', '😀', '\uFEFF', '{', '}', '[', ']', ':', '.', ',', '>', '<', '-', '~', '#', '//'];
const WORDS = ['id', 'name', 'users', 'orders', 'status', 'public', 'Table', 'note', 'ref', 'pk', 'null', 'true', 'enum', 'indexes', 'as', 'schema', 'int', 'text', 'x', 'ユーザー', 'ñame'];
const TYPES = [
  'int',
  'integer',
  'bigint',
  'smallint',
  'serial',
  'text',
  'varchar(255)',
  'varchar',
  'char(3)',
  'numeric(12, 2)',
  'numeric',
  'decimal(5,1)',
  'boolean',
  'bool',
  'timestamptz',
  'timestamp',
  'timestamp(3)',
  'date',
  'time',
  'jsonb',
  'json',
  'uuid',
  'bytea',
  'float',
  'real',
  'int[]',
  'text[][]',
  '"double precision"',
  'inet',
  'interval',
  'money',
];

/** A random DBML document in the grammar, with hostile names and values in places. */
export function grammarInput(r) {
  const ident = () => {
    if (r.chance(0.6)) return r.pick(WORDS) + (r.chance(0.5) ? String(r.int(5)) : '');
    if (r.chance(0.15)) return 'n'.repeat(60 + r.int(8)) + (r.chance(0.3) ? 'é' : '');
    let s = '';
    for (let i = 0, n = 1 + r.int(6); i < n; i++) s += r.chance(0.5) ? r.pick(HOSTILE) : r.pick(WORDS);
    return s;
  };
  const name = (bare) => {
    const s = bare ?? ident();
    return /^[A-Za-z_][A-Za-z_0-9]*$/.test(s) && r.chance(0.8)
      ? s
      : `"${s
          .replace(/\\/g, '\\\\')
          .replace(/"/g, '\\"')
          .replace(/\n/g, r.chance(0.95) ? '\\n' : '\n')}"`;
  };
  const str = () => {
    const s = ident();
    if (r.chance(0.1)) return `'''${s.replace(/'''/g, '')}\n  more'''`;
    return `'${r.chance(0.9) ? s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') : s}'`;
  };
  const expr = () => r.pick(['`now()`', '`1 + 1`', '`lower(name)`', "`'a'::text`", '`gen_random_uuid()`', `\`${ident().replace(/`/g, '')}\``, '`$$x$$`']);
  const value = () => r.pick([str, expr, () => String(r.int(100)), () => '-1.5', () => 'true', () => 'null', () => `${name()}.${name()}`])();
  const tables = [];
  const enums = [];
  const out = [];
  const qualify = (t) => (r.chance(0.2) ? `${name(r.pick(['public', 'app', ident()]))}.${t}` : t);
  if (r.chance(0.3)) out.push(`Project ${name()} {\n  database_type: 'PostgreSQL'\n  Note: ${str()}\n}\n`);
  for (let e = 0, n = r.int(3); e < n; e++) {
    const en = name();
    enums.push(en);
    const labels = Array.from({ length: 1 + r.int(4) }, () => `  ${name()}${r.chance(0.2) ? ` [note: ${str()}]` : ''}`);
    out.push(`Enum ${qualify(en)} {\n${labels.join('\n')}\n}\n`);
  }
  for (let t = 0, n = 1 + r.int(5); t < n; t++) {
    const tn = name();
    const cols = [];
    const lines = [];
    for (let c = 0, m = 1 + r.int(6); c < m; c++) {
      const cn = name();
      cols.push(cn);
      const settings = [];
      if (r.chance(0.2)) settings.push('pk');
      if (r.chance(0.1)) settings.push('increment');
      if (r.chance(0.3)) settings.push(r.pick(['not null', 'null']));
      if (r.chance(0.2)) settings.push('unique');
      if (r.chance(0.3)) settings.push(`default: ${value()}`);
      if (r.chance(0.2)) settings.push(`note: ${str()}`);
      if (r.chance(0.1)) settings.push(`check: ${expr()}`);
      if (r.chance(0.15) && tables.length > 0) {
        const [ot, oc] = r.pick(tables);
        settings.push(`ref: ${r.pick(['>', '<', '-', '<>'])} ${ot}.${r.pick(oc)}`);
      }
      const type = r.chance(0.15) && enums.length > 0 ? r.pick(enums) : r.chance(0.1) ? name() : r.pick(TYPES);
      lines.push(`  ${cn} ${type}${settings.length ? ` [${settings.join(', ')}]` : ''}${r.chance(0.1) ? ` // ${ident().replace(/[\n\r\u2028\u2029]/g, ' ')}` : ''}`);
      if (r.chance(0.1)) lines.push(`  // ${ident().replace(/[\n\r\u2028\u2029]/g, ' ')}`);
    }
    if (r.chance(0.4)) {
      const ix = Array.from({ length: 1 + r.int(3) }, () => {
        const parts = r.chance(0.5) ? r.pick(cols) : `(${Array.from({ length: 1 + r.int(3) }, () => (r.chance(0.8) ? r.pick(cols) : expr())).join(', ')})`;
        const s = [r.chance(0.3) && 'unique', r.chance(0.2) && `name: ${str()}`, r.chance(0.2) && `type: ${r.pick(['btree', 'hash', 'gin'])}`, r.chance(0.1) && 'pk'].filter(Boolean);
        return `    ${parts}${s.length ? ` [${s.join(', ')}]` : ''}`;
      });
      lines.push('', '  indexes {', ...ix, '  }');
    }
    if (r.chance(0.2)) lines.push(`  Note: ${str()}`);
    const head = `Table ${qualify(tn)}${r.chance(0.1) ? ` as ${name()}` : ''}${r.chance(0.2) ? ` [headercolor: #3498DB, note: ${str()}]` : ''}`;
    out.push(`${head} {\n${lines.join('\n')}\n}\n`);
    tables.push([tn, cols]);
  }
  if (r.chance(0.3) && tables.length > 1) {
    const [a, ac] = r.pick(tables);
    const [b, bc] = r.pick(tables);
    out.push(`Ref ${r.chance(0.5) ? name() : ''}: ${a}.${r.pick(ac)} ${r.pick(['>', '<', '-'])} ${b}.${r.pick(bc)}${r.chance(0.5) ? ` [delete: ${r.pick(['cascade', 'restrict', 'set null', 'no action'])}]` : ''}\n`);
  }
  if (r.chance(0.15)) out.push(`TableGroup ${name()} {\n  ${tables.map(([t]) => t).join('\n  ')}\n}\n`);
  if (r.chance(0.1) && tables.length > 0) {
    const [t, cs] = r.pick(tables);
    out.push(`Records ${t}(${cs.join(', ')}) {\n  ${cs.map(value).join(', ')}\n}\n`);
  }
  return out.join(r.chance(0.9) ? '\n' : r.pick(['', '\r\n', '\n\n\n']));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder(); // replaces invalid UTF-8 with U+FFFD, as reading a file does
const INTERESTING = encoder.encode('{}[]()\'"`\\:,.<>-~#/*\n\r\t 0');

/** Byte-level mutations of a corpus text: flips, inserts, deletions, duplicated or spliced
 * ranges, truncation; the bytes are decoded again as UTF-8 (invalid sequences replaced). */
export function mutatedInput(r, corpus) {
  let bytes = encoder.encode(r.pick(corpus));
  for (let m = 0, n = r.chance(0.5) ? 1 : 1 + r.int(8); m < n; m++) {
    const at = r.int(bytes.length + 1);
    const len = 1 + r.int(r.chance(0.8) ? 4 : 200);
    const op = r.int(7);
    const parts = [bytes.subarray(0, at)];
    let rest = bytes.subarray(at);
    switch (op) {
      case 0: // flip a bit
        if (rest.length > 0) rest = Uint8Array.from(rest, (b, i) => (i === 0 ? b ^ (1 << r.int(8)) : b));
        break;
      case 1: // insert a syntactically interesting byte, or any byte
        parts.push(Uint8Array.of(r.chance(0.7) ? INTERESTING[r.int(INTERESTING.length)] : r.int(256)));
        break;
      case 2: // insert a hostile piece
        parts.push(encoder.encode(r.pick(HOSTILE)));
        break;
      case 3: // delete a range
        rest = rest.subarray(len);
        break;
      case 4: // duplicate a range
        parts.push(rest.subarray(0, len));
        break;
      case 5: {
        // splice a range of another corpus file
        const other = encoder.encode(r.pick(corpus));
        const from = r.int(other.length + 1);
        parts.push(other.subarray(from, from + len));
        break;
      }
      case 6: // truncate
        rest = rest.subarray(rest.length);
        break;
    }
    parts.push(rest);
    const next = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
    let o = 0;
    for (const p of parts) next.set(p, o), (o += p.length);
    bytes = next;
  }
  return decoder.decode(bytes);
}

/** Input `index` of the run seeded `seed`: a third grammar-based, the rest corpus mutations. */
export function fuzzInput(seed, index, corpus) {
  const r = rng(inputSeed(seed, index));
  return r.chance(1 / 3) ? { kind: 'grammar', text: grammarInput(r) } : { kind: 'mutated', text: mutatedInput(r, corpus) };
}
