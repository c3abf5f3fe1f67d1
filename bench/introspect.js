// `npm run bench:introspect`: introspection of generated databases (100 / 1,000 / 5,000 tables)
// by gen beside the peers that run here, in one run, each in a fresh process.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDatabase, dropDatabase } from './ddl.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const base = process.env.GEN_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const sizes = (process.env.GEN_BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);

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

function timeCommand(cmd, args) {
  const t0 = performance.now();
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 600_000 });
    return { medianMs: performance.now() - t0 };
  } catch (e) {
    return { error: e.message.split('\n')[0] };
  }
}

const rows = [];
for (const n of sizes) {
  const name = `gen_bench_${n}`;
  await createDatabase(pg, base, name, n);
  const url = `${base}/${name}`;
  const gen = measure(['gen', url, '3']);
  const si = measure(['schemainspect', url, '3']);
  const dump = timeCommand('pg_dump', ['--schema-only', '-d', url, '-f', '/dev/null']);
  // @dbml/connector needs ~13 s at 100 tables here and minutes beyond; it is measured at 100 only.
  const dbml = n <= 100 ? measure(['dbml-connector', url, '1']) : { error: 'measured at 100 tables only (minutes beyond)' };
  rows.push({ n, gen, si, dump, dbml });
  await dropDatabase(pg, base, name);
}

const ms = (r) => (r.error ? `n/a (${r.error.slice(0, 60)})` : `${r.medianMs.toFixed(0)} ms`);
console.log('Introspection: gen (median of 3, in-process) beside peers, fresh process each. drizzle-kit pull is not measured: its esbuild needs a native install script.');
for (const r of rows) {
  console.log(`\n${r.n} tables`);
  const first = (x) => (x.firstMs !== undefined ? `, first run ${x.firstMs.toFixed(0)} ms` : '');
  console.log(`  gen                   ${ms(r.gen)}${first(r.gen)}  round trips ${r.gen.roundTrips ?? '?'}  peak ${r.gen.maxRssMB?.toFixed(0)} MB`);
  console.log(
    `  @pgkit/schemainspect  ${ms(r.si)}${first(r.si)}  peak ${r.si.maxRssMB?.toFixed(0) ?? '?'} MB${r.si.medianMs && r.gen.medianMs ? `  → gen is ${(r.si.medianMs / r.gen.medianMs).toFixed(1)}x faster (first run ${(r.si.firstMs / r.gen.firstMs).toFixed(1)}x)` : ''}`,
  );
  console.log(`  pg_dump --schema-only ${ms(r.dump)} (whole process)`);
  console.log(`  @dbml/connector       ${ms(r.dbml)}${r.dbml.medianMs && r.gen.medianMs ? `  → gen is ${(r.dbml.medianMs / r.gen.medianMs).toFixed(1)}x faster` : ''}`);
}
