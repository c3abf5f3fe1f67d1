// `npm run bench:introspect`, second scenario: introspection of a generated 1,000-table database
// that also holds 500 views (some on other views), 500 functions (sql and plpgsql, overloaded,
// 20 of them trigger functions), 200 triggers, domains and policies. gen beside
// @pgkit/schemainspect and pg_dump --schema-only on the same database in one run; gen must stay
// faster than both.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDatabase, dropDatabase, objectsDdl } from './ddl.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const base = process.env.GEN_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const repeat = Number(process.env.GEN_BENCH_REPEAT ?? 5);
const [tables, views, functions, triggers] = [1000, 500, 500, 200];

function measure(args) {
  try {
    return JSON.parse(execFileSync(process.execPath, [path.join(here, 'introspect-one.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 }));
  } catch (e) {
    return {
      error:
        String(e.stderr || e.message)
          .split('\n')
          .find((l) => l.trim()) ?? 'failed',
    };
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of a whole process, `repeat` times; the median. */
function timeProcess(cmd, args) {
  const times = [];
  try {
    for (let i = 0; i < repeat; i++) {
      const t0 = performance.now();
      execFileSync(cmd, args, { stdio: 'ignore', timeout: 600_000 });
      times.push(performance.now() - t0);
    }
    return { medianMs: median(times) };
  } catch (e) {
    return { error: e.message.split('\n')[0] };
  }
}

const name = `gen_bench_objects_${process.pid}`;
const url = `${base}/${name}`;
await createDatabase(pg, base, name, tables, objectsDdl(functions, views, triggers));
let gen;
let genProcess;
let si;
let dump;
let counts;
try {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  counts = (
    await c.query(`SELECT (SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace) AS tables,
      (SELECT count(*) FROM pg_class WHERE relkind = 'v' AND relnamespace = 'public'::regnamespace) AS views,
      (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace) AS functions,
      (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal) AS triggers,
      (SELECT count(*) FROM pg_type WHERE typtype = 'd' AND typnamespace = 'public'::regnamespace) AS domains,
      (SELECT count(*) FROM pg_policy) AS policies`)
  ).rows[0];
  await c.end();
  gen = measure(['gen', url, String(repeat)]);
  si = measure(['schemainspect', url, String(repeat)]);
  // What one CLI call pays, beside pg_dump's whole process: node start, imports, connect, one run.
  genProcess = timeProcess(process.execPath, [path.join(here, 'introspect-one.js'), 'gen', url, '1']);
  dump = timeProcess('pg_dump', ['--schema-only', '-d', url, '-f', '/dev/null']);
} finally {
  await dropDatabase(pg, base, name);
}

const ms = (r) => (r.error ? `n/a (${r.error.slice(0, 60)})` : `${r.medianMs.toFixed(0)} ms`);
const ratio = (peer, ours) => (peer.medianMs && ours.medianMs ? peer.medianMs / ours.medianMs : undefined);
const verdict = (x) => (x === undefined ? '' : x > 1 ? `  → gen is ${x.toFixed(1)}x faster` : `  → gen is ${(1 / x).toFixed(1)}x SLOWER`);
console.log(
  `\nIntrospection with objects: ${counts.tables} tables, ${counts.views} views, ${counts.functions} functions, ${counts.triggers} triggers, ${counts.domains} domains, ${counts.policies} policies; median of ${repeat}, fresh process per implementation.`,
);
const first = (x) => (x.firstMs !== undefined ? `, first run ${x.firstMs.toFixed(0)} ms` : '');
console.log(`  gen                   ${ms(gen)}${first(gen)}  round trips ${gen.roundTrips ?? '?'}  peak ${gen.maxRssMB?.toFixed(0) ?? '?'} MB`);
const siRatio = ratio(si, gen);
console.log(`  @pgkit/schemainspect  ${ms(si)}${first(si)}  peak ${si.maxRssMB?.toFixed(0) ?? '?'} MB${verdict(siRatio)}${siRatio ? ` (first run ${(si.firstMs / gen.firstMs).toFixed(1)}x)` : ''}`);
console.log(`  gen, whole process    ${ms(genProcess)} (node start, imports, connect, one introspection)`);
const dumpRatio = ratio(dump, genProcess);
console.log(`  pg_dump --schema-only ${ms(dump)} (whole process)${verdict(dumpRatio)} (process against process; ${dump.medianMs && gen.medianMs ? `${(dump.medianMs / gen.medianMs).toFixed(1)}x against gen's in-process median` : 'n/a'})`);
const slower = [siRatio, dumpRatio].some((x) => x === undefined || x <= 1);
if (slower) console.log('  gen is NOT faster than both peers here.');
