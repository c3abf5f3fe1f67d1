// `npm run bench:lint`: gen lint beside squawk on fixtures/lint (findings side by side, and which
// in-family squawk finding lacks a gen counterpart), then the time to lint a 5,000-statement
// migration, gen and squawk on the same file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SQUAWK, compare, squawkFindings } from './squawk.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { loadSqlParser } = await import('../dist/sql/split.js');
const { RULES, lintScript } = await import('../dist/sql/lint/index.js');
await loadSqlParser();

const dir = path.join(root, 'fixtures/lint');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.sql'))
  .sort()
  .map((f) => path.join(dir, f));
const severities = Object.fromEntries(RULES.map((r) => [r.code, r.severity === 'off' ? 'warning' : r.severity]));
const gen = files.flatMap((f) => lintScript(readFileSync(f, 'utf8'), f, severities));
const squawk = squawkFindings(files);
const pairs = compare(squawk, gen);

console.log('gen lint beside squawk on fixtures/lint (squawk --pg-version 15.0; gen with every rule on)');
for (const f of files) {
  const name = path.basename(f);
  const g = gen.filter((x) => x.file === f).map((x) => `${x.line}:${x.code}${x.ignored ? ' (ignored)' : ''}`);
  const s = pairs.filter((p) => p.squawk.file === f).map((p) => `${p.squawk.line}:${p.squawk.rule}${p.family ? (p.gen ? '' : ' [no gen counterpart]') : ' [outside gen families]'}`);
  console.log(`  ${name}\n    gen:    ${g.join(', ') || '-'}\n    squawk: ${s.join(', ') || '-'}`);
}
const inFamily = pairs.filter((p) => p.family);
console.log(
  `squawk findings: ${squawk.length}; in gen's rule families: ${inFamily.length}; with a gen counterpart: ${inFamily.filter((p) => p.gen).length} (the rest are on tables created earlier in the same file, which gen knows hold no rows)`,
);

// Speed: 5,000 statements of the kinds migrations are made of.
const tmp = mkdtempSync(path.join(tmpdir(), 'gen-bench-lint-'));
const big = path.join(tmp, 'big.sql');
const stmts = ["SET lock_timeout = '5s';", "SET statement_timeout = '1min';"];
for (let i = 0; stmts.length < 5000; i++) {
  stmts.push(`CREATE TABLE t${i} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());`);
  stmts.push(`ALTER TABLE users${i % 50} ADD COLUMN c${i} text;`);
  stmts.push(`CREATE INDEX CONCURRENTLY users${i % 50}_c${i}_idx ON users${i % 50} (c${i});`);
  stmts.push(`ALTER TABLE orders${i % 50} ADD CONSTRAINT orders${i % 50}_fk${i} FOREIGN KEY (user_id) REFERENCES users${i % 50} (id) NOT VALID;`);
  stmts.push(`UPDATE users${i % 50} SET c${i} = 'x' WHERE id < 1000;`);
}
writeFileSync(big, `${stmts.slice(0, 5000).join('\n')}\n`);
const text = readFileSync(big, 'utf8');
const runs = [];
let count = 0;
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  count = lintScript(text, big).length;
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
const t0 = performance.now();
try {
  execFileSync(SQUAWK, ['--reporter', 'json', big], { stdio: 'ignore', maxBuffer: 256 << 20 });
} catch {
  // exit 1: it found something
}
const squawkMs = performance.now() - t0;
console.log(`lint of a 5,000-statement file (${(text.length / 1024).toFixed(0)} KB): gen ${runs[2].toFixed(0)} ms in-process (median of 5; ${count} findings), squawk ${squawkMs.toFixed(0)} ms whole process`);
