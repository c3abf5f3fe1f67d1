// `npm run bench`: parse time and peak memory, ours beside @dbml/core on the same inputs, in one
// run. Each measurement runs in a fresh process so peak RSS belongs to one implementation.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSchema } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = [process.env.GEN_SHARED_DIR, path.resolve(here, '../../shared'), '/work/shared'].find((d) => d && existsSync(path.join(d, 'dbml-corpus')));
if (!shared) throw new Error('the DBML corpus (shared/dbml-corpus) was not found; set GEN_SHARED_DIR');
const corpus = path.join(shared, 'dbml-corpus/valid/parse-benchmarks');
const tmp = mkdtempSync(path.join(tmpdir(), 'gen-bench-'));
const generated = path.join(tmp, 'generated-5000.dbml');
writeFileSync(generated, generateSchema(5000));

const inputs = [
  ['18k.dbml', path.join(corpus, '18k.dbml')],
  ['25k.dbml', path.join(corpus, '25k.dbml')],
  ['generated 5,000 tables', generated],
];

function measure(impl, file, repeat, warmup = 0) {
  const out = execFileSync(process.execPath, [path.join(here, 'parse-one.js'), impl, file, String(repeat), String(warmup)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out);
}

// A process that loads gen's parser and reads the file without parsing it: the share of peak
// memory that is Node, the modules and the text, before the parse allocates anything.
const baseline = measure('gen', generated, 0);

// Two comparisons, each treating both parsers alike:
// - warm: gen's median of 5 parses after 3 unmeasured ones (a parse of a few hundred ms spends its
//   first runs in V8's tiers below the optimising compiler: in one process the 5,000-table parse
//   took 569 / 514 / 346 / 283 / 239 / 224 / 211 ms), against the faster of 2 @dbml/core parses
//   (10-20 s each, so its own warm-up is inside the first; the faster of two also spares it this
//   VM's slow minutes);
// - cold: the first parse in a fresh process, for each (what one `gen` command pays).
const rows = [];
for (const [label, file] of inputs) {
  const gen = measure('gen', file, 5, 3);
  // Cold time and the memory of one parse: a fresh process that parses once (the timing
  // process's peak also holds the garbage of its earlier runs).
  const genOnce = measure('gen', file, 1);
  const core = measure('dbml-core', file, 2);
  rows.push({
    input: label,
    genMs: gen.medianMs,
    genColdMs: genOnce.times[0],
    coreMs: core.minMs,
    coreColdMs: core.times[0],
    genRssMB: genOnce.maxRssMB,
    coreRssMB: core.firstRssMB,
  });
}

const f = (n, d = 0) => n.toFixed(d).padStart(9);
console.log('DBML parse, gen vs @dbml/core 10.2 (dbmlv2), fresh process each. warm: gen median of 5 after 3 warm-up parses, core faster of 2; cold: first parse of a process');
console.log(`${'input'.padEnd(24)}${'gen ms'.padStart(9)}${'core ms'.padStart(9)}${'speedup'.padStart(10)}${'gen cold'.padStart(10)}${'core cold'.padStart(10)}${'speedup'.padStart(10)}${'gen MB'.padStart(9)}${'core MB'.padStart(9)}`);
for (const r of rows) console.log(`${r.input.padEnd(24)}${f(r.genMs)}${f(r.coreMs)}${f(r.coreMs / r.genMs, 1)}x ${f(r.genColdMs)} ${f(r.coreColdMs)}${f(r.coreColdMs / r.genColdMs, 1)}x${f(r.genRssMB)}${f(r.coreRssMB)}`);
console.log(`peak MB: the maximum RSS of a process during its first parse; ${baseline.maxRssMB.toFixed(0)} MB of it is Node, gen's parser modules and the 5,000-table text before parsing. Targets: >= 50x (warm), < 100 MB on 5,000 tables.`);
