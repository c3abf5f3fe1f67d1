// One measurement in a fresh process: parse FILE with IMPL (gen | dbml-core) REPEAT times and
// print the median time and this process's peak RSS as JSON.
import { readFileSync } from 'node:fs';

const [impl, file, repeatArg] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const repeat = Number(repeatArg ?? 3);
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
const times = [];
for (let i = 0; i < repeat; i++) {
  const t0 = performance.now();
  run();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const first = times.length ? times[0] : 0;
process.stdout.write(JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], minMs: first, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
