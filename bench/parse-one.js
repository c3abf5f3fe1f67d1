// One measurement in a fresh process: parse FILE with IMPL (gen | dbml-core) WARMUP times
// unmeasured, then REPEAT times measured, and print as JSON the measured times (in order), their
// median and minimum, this process's peak RSS, and its peak RSS after the first parse (the memory
// one parse needs, before later parses add their garbage).
import { readFileSync } from 'node:fs';

const [impl, file, repeatArg, warmupArg] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const repeat = Number(repeatArg ?? 3);
const warmup = Number(warmupArg ?? 0);
let run;
if (impl === 'gen') {
  const { parse } = await import('../dist/dbml/index.js');
  run = () => {
    const r = parse(text, file);
    if (!r.schema) throw new Error(`gen rejected ${file}: ${r.diagnostics[0]?.message}`);
  };
} else {
  const core = await import('@dbml/core');
  run = () => new core.Parser().parse(text, 'dbmlv2');
}
const rss = () => process.resourceUsage().maxRSS / 1024;
let firstRssMB;
for (let i = 0; i < warmup; i++) {
  run();
  firstRssMB ??= rss();
}
const times = [];
for (let i = 0; i < repeat; i++) {
  const t0 = performance.now();
  run();
  times.push(performance.now() - t0);
  firstRssMB ??= rss();
}
const sorted = [...times].sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ times, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, minMs: sorted[0] ?? 0, maxRssMB: rss(), firstRssMB: firstRssMB ?? rss() }));
