// `npm run exactness [-- PREFIX...] [--modes url,pull]`: runs the exactness cases (those whose
// names start with one of the prefixes; all without) through vitest on the local PostgreSQL
// (GEN_TEST_PG) and prints one row per case: the url result, the pull result and the failure
// class. Exit 1 when any case fails. Each failure's story (the step, the script, a diff of the
// dumps) is vitest's failure report on stderr; `--verbose` prints vitest's progress too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const modesAt = args.indexOf('--modes');
const modes = modesAt >= 0 ? args[modesAt + 1] : 'url,pull';
const prefixes = args.filter((a, i) => !a.startsWith('--') && (modesAt < 0 || i !== modesAt + 1));

const dir = mkdtempSync(path.join(tmpdir(), 'gen-exactness-report-'));
const report = path.join(dir, 'report.jsonl');
const root = path.resolve(import.meta.dirname, '../..');
const r = spawnSync('npx', ['vitest', 'run', 'test/exactness/exactness.test.ts', ...(verbose ? [] : ['--reporter=dot'])], {
  cwd: root,
  stdio: verbose ? 'inherit' : ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, EXACTNESS_FILTER: prefixes.join(','), EXACTNESS_MODES: modes, EXACTNESS_PULL: 'all', EXACTNESS_REPORT: report },
});
let lines = [];
try {
  lines = readFileSync(report, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
} catch {
  // No report: vitest did not get to run a case; its exit code tells.
}
rmSync(dir, { recursive: true, force: true });

const byName = new Map();
for (const l of lines) {
  const row = byName.get(l.name) ?? {};
  row[l.mode] = l;
  byName.set(l.name, row);
}
const names = [...byName.keys()].sort();
const cell = (x) => (x ? (x.outcome === 'pass' ? 'pass' : x.outcome === 'skip' ? 'skip' : 'FAIL') : '-');
const rows = names.map((n) => {
  const row = byName.get(n);
  const failed = [row.url, row.pull].filter((x) => x && x.outcome !== 'pass' && x.outcome !== 'skip');
  const why = failed.map((x) => `${x.mode}: ${x.outcome} ${x.reason}`).join('; ');
  return [n, cell(row.url), cell(row.pull), why];
});
const header = ['case', 'url', 'pull', 'failure class and reason'];
const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
const fmt = (r) => [r[0].padEnd(widths[0]), r[1].padEnd(widths[1]), r[2].padEnd(widths[2]), r[3]].join('  ').trimEnd();
console.log(fmt(header));
for (const row of rows) console.log(fmt(row));
const count = (mode, pred) => lines.filter((l) => l.mode === mode && pred(l.outcome)).length;
for (const mode of modes.split(',')) {
  const classes = {};
  for (const l of lines) if (l.mode === mode && l.outcome !== 'pass' && l.outcome !== 'skip') classes[l.outcome] = (classes[l.outcome] ?? 0) + 1;
  console.log(
    `${mode}: ${count(mode, (o) => o === 'pass')} pass, ${count(mode, (o) => o !== 'pass' && o !== 'skip')} fail, ${count(mode, (o) => o === 'skip')} skip${
      Object.keys(classes).length
        ? ` (${Object.entries(classes)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`
        : ''
    }`,
  );
}
const failed = lines.some((l) => l.outcome !== 'pass' && l.outcome !== 'skip');
process.exit(failed || (r.status !== 0 && lines.length === 0) ? 1 : 0);
