#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
import { main } from '../dist/cli/main.js';

// A failure outside any command's own handling (a stray promise, a driver's late error) is still
// one redacted line, never a stack trace: main has installed the output filter by then.
const debug = process.argv.includes('--debug') || process.env.GEN_DEBUG === '1';
const fatal = (e) => {
  if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  const first = String(e instanceof Error ? e.message : e).split('\n')[0];
  process.stderr.write(`error: internal error: ${first} (a bug in gen; rerun with --debug for the stack trace)\n`);
  process.exit(1);
};
// A reader that stops early (`gen format --check | head`) closes the pipe: stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => (e.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : fatal(e)));
}
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

process.exitCode = await main(process.argv);
