// `npm run fuzz [-- --seed S --count N --start I --timeout-ms T --out DIR]`: feeds N generated and
// mutated DBML inputs (test/fuzz/inputs.js) to the parser, printer and differ (test/fuzz/check.js)
// in a worker thread, each under a deadline: a hang is reported and the worker restarted. Prints
// the seed; input I of seed S is the same on every run, and a failing one is written to DIR with
// the command that replays it alone. `--file F` checks one file. Exit 1 on any failure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkInput } from './check.js';
import { corpusTexts, fuzzInput } from './inputs.js';

const self = fileURLToPath(import.meta.url);

if (!isMainThread) {
  // Worker: check inputs [start, end), reporting each (the main thread's deadline watches them).
  const { seed, start, end } = workerData;
  const corpus = corpusTexts();
  // Warm up before the first deadline: building the parsers (the fast path and the recovering
  // one) takes seconds on a loaded machine, and was reported as the first input's hang.
  checkInput('Table t {\n  id int [pk]\n}\n');
  checkInput('Table t {\n  id int [pk\n');
  for (let i = start; i < end; i++) {
    const input = fuzzInput(seed, i, corpus);
    parentPort.postMessage({ i, kind: input.kind, started: true });
    // Fault injection for the runner's own test: a real hang at this input.
    if (process.env.GEN_FUZZ_HANG_AT === String(i)) for (;;);
    const { problems, accepted } = checkInput(input.text);
    parentPort.postMessage({ i, kind: input.kind, problems, accepted, ...(problems.length > 0 ? { text: input.text } : {}) });
  }
  parentPort.postMessage({ finished: true });
} else {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
  };
  const file = arg('file');
  if (file) {
    const { problems } = checkInput(readFileSync(file, 'utf8'));
    for (const p of problems) console.log(`${file}: ${p}`);
    console.log(problems.length === 0 ? `${file}: ok` : `${file}: ${problems.length} problem(s)`);
    process.exit(problems.length === 0 ? 0 : 1);
  }
  const seed = Number(arg('seed', String(Date.now() % 2 ** 31)));
  const count = Number(arg('count', '100000'));
  const start = Number(arg('start', '0'));
  const timeoutMs = Number(arg('timeout-ms', '10000'));
  const out = path.resolve(arg('out', 'fuzz-failures'));
  if (![seed, count, start, timeoutMs].every(Number.isInteger)) {
    console.error('usage: npm run fuzz -- [--seed S] [--count N] [--start I] [--timeout-ms T] [--out DIR] | [--file F]');
    process.exit(2);
  }
  console.log(`fuzz: seed ${seed}, inputs ${start}..${start + count - 1}, deadline ${timeoutMs} ms per input (replay: npm run fuzz -- --seed ${seed} --start ${start} --count ${count})`);

  const t0 = Date.now();
  const kinds = { grammar: 0, mutated: 0 };
  let checked = 0;
  let accepted = 0;
  let slowest = { ms: 0, i: -1 };
  const failures = [];
  const fail = (i, kind, problems, text) => {
    mkdirSync(out, { recursive: true });
    const f = path.join(out, `${seed}-${i}.dbml`);
    if (text !== undefined) writeFileSync(f, text);
    failures.push({ i, kind, problems });
    if (failures.length <= 20) {
      console.log(`FAIL input ${i} (${kind}): ${problems[0].split('\n').slice(0, 6).join('\n  ')}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`);
      console.log(`  written to ${path.relative(process.cwd(), f)}; replay: npm run fuzz -- --seed ${seed} --start ${i} --count 1`);
    }
  };

  /** Runs inputs [from, end) in a fresh worker; resolves with the index to go on from. */
  const runWorker = (from, end) =>
    new Promise((resolve) => {
      const worker = new Worker(self, { workerData: { seed, start: from, end } });
      let current = { i: from, kind: '?', since: Date.now() };
      let next = end; // where the next worker starts: past a hang or crash, else done
      const watch = setInterval(
        () => {
          if (Date.now() - current.since <= timeoutMs) return;
          clearInterval(watch);
          // The input that hung: regenerate it here (inputs are pure functions of seed and index).
          const input = fuzzInput(seed, current.i, corpusTexts());
          fail(current.i, input.kind, [`hang: no result within ${timeoutMs} ms`], input.text);
          kinds[input.kind]++;
          checked++;
          next = current.i + 1;
          void worker.terminate();
        },
        Math.min(1000, timeoutMs),
      );
      worker.on('message', (m) => {
        if (m.finished) return;
        if (m.started) {
          current = { i: m.i, kind: m.kind, since: Date.now() };
          return;
        }
        const ms = Date.now() - current.since;
        if (ms > slowest.ms && m.i > from) slowest = { ms, i: m.i }; // a worker's first input pays its warm-up
        kinds[m.kind]++;
        checked++;
        if (m.accepted) accepted++;
        if (m.problems.length > 0) fail(m.i, m.kind, m.problems, m.text);
        if (checked % 10000 === 0) console.log(`  ${checked} inputs, ${failures.length} failing, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      });
      worker.on('error', (e) => {
        // A crash of the worker itself (out of memory, a stack overflow outside checkInput).
        clearInterval(watch);
        const input = fuzzInput(seed, current.i, corpusTexts());
        fail(current.i, input.kind, [`worker crashed: ${e.stack ?? e}`], input.text);
        checked++;
        next = current.i + 1;
      });
      worker.on('exit', () => {
        clearInterval(watch);
        resolve(next);
      });
    });

  for (let next = start; next < start + count; ) next = await runWorker(next, start + count);
  const secs = (Date.now() - t0) / 1000;
  console.log(
    `fuzz: ${checked} inputs (${kinds.grammar} grammar-based, ${kinds.mutated} corpus mutations; ${accepted} accepted, so printed and diffed too) in ${secs.toFixed(0)} s (${(checked / secs).toFixed(0)}/s), slowest input ${slowest.i} at ${slowest.ms} ms; seed ${seed}`,
  );
  if (failures.length > 0) {
    const byFirst = new Map();
    for (const f of failures) {
      const key = f.problems[0].split('\n')[0].replace(/\d+/g, 'N').slice(0, 160);
      byFirst.set(key, [...(byFirst.get(key) ?? []), f.i]);
    }
    console.log(`FAIL: ${failures.length} failing inputs, ${byFirst.size} kinds (inputs written to ${path.relative(process.cwd(), out) || '.'}):`);
    for (const [k, is] of byFirst) console.log(`  ${is.length}x ${k} (e.g. input ${is[0]})`);
    process.exit(1);
  }
  console.log('PASS: no exception, no hang, every diagnostic positioned, printing round-trips and is idempotent, self-diff empty');
}
