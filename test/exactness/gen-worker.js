// A worker thread that runs gen's CLI entry (`main` of dist/cli/main.js, what bin/gen.js calls)
// for the exactness harness, one command at a time, with stdout and stderr captured. It saves
// the start of a node process and the loading of gen's modules (the DBML parser among them) on
// each of the thousands of commands the cases run.
import { parentPort } from 'node:worker_threads';
import { main } from '../../dist/cli/main.js';

let out = [];
let err = [];
const capture =
  (sink) =>
  (chunk, ...rest) => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const cb = rest.find((r) => typeof r === 'function');
    if (cb) cb();
    return true;
  };
// Installed before main's first call, so that its redaction filter wraps these.
process.stdout.write = capture({ push: (s) => out.push(s) });
process.stderr.write = capture({ push: (s) => err.push(s) });

parentPort.on('message', async ({ args }) => {
  out = [];
  err = [];
  let code;
  try {
    code = await main(['node', 'gen', ...args]);
  } catch (e) {
    err.push(`error: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    code = 1;
  }
  parentPort.postMessage({ code, stdout: out.join(''), stderr: err.join('') });
});
