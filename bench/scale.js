// `npm run bench:scale`: every command stays linear in its input. For inputs of 1, 2, 4 and 8 MB
// it times each command (a fresh `gen` process, best of --runs) and prints the ratio of the
// largest to the smallest; PASS when that ratio stays under 10 (linear is ~8, quadratic ~64).
// The verdict uses the process's CPU time (bench/scale-child.js), which other processes on a
// shared machine do not inflate; wall time and its ratio are printed beside it.
// `--sizes 0.25,0.5,1,2` and `--runs N` change the grid; `--only format` picks commands.
// status replays its migrations on PGlite (an in-process PostgreSQL), so its inputs are an
// eighth of the others' (the ratio, not the size, is what this checks).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const child = path.join(here, 'scale-child.js');
const { sumText } = await import('../dist/migrations/sum.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1,2,4,8').split(',').map(Number);
const runs = Number(arg('runs', '2'));
const only = arg('only', '')?.split(',').filter(Boolean) ?? [];
const MB = 1 << 20;

/** Table `i` of a generated schema; `changed` gives the variant a diff has many changes against. */
function table(i, { changed = false, comments = false, indent = '  ' } = {}) {
  const c = (s) => (comments ? `${indent}// ${s}\n` : '');
  const eol = (s) => (comments ? ` // ${s}` : '');
  const ref = i > 0 ? `${c('its parent')}${indent}parent_id bigint [ref: > t${Math.floor(i / 2)}.id]\n` : '';
  const extra = changed && i % 3 === 0 ? `${indent}added_${i} text [not null, default: 'x']\n` : '';
  const amount = changed && i % 3 === 1 ? 'numeric(14, 2)' : 'numeric(12, 2)';
  const payload = changed && i % 3 === 2 ? "jsonb [not null, default: `'{}'::jsonb`]" : 'jsonb';
  const dropIndex = changed && i % 5 === 0;
  return `${comments ? `// table ${i}\n` : ''}Table t${i} [note: 'table ${i}'] {
${c('the key')}${indent}id bigint [pk, increment]${eol('identity')}
${indent}name varchar(255) [not null, unique]${eol('unique name')}
${c('where to write')}${indent}email varchar(320) [not null]
${indent}status status [not null, default: 'active']${eol('see enum')}
${indent}amount ${amount} [default: 0]
${indent}created_at timestamptz [not null, default: \`now()\`]
${indent}payload ${payload}
${ref}${extra}
${indent}indexes {
${dropIndex ? '' : `${indent}${indent}(name, created_at)\n`}${indent}${indent}\`lower(email)\` [name: 't${i}_email_lower']${eol('lookups')}
${indent}}
}
`;
}

/** A schema of about `bytes` bytes. */
function schema(bytes, opts = {}) {
  const head = `Enum status {\n  active\n  inactive\n  banned\n}\n`;
  const per = table(1, opts).length + 1;
  const out = [head];
  for (let i = 0, n = Math.max(1, Math.round(bytes / per)); i < n; i++) out.push(table(i, opts));
  // With comments: also a commented-out block at the end (one run of comments after one node).
  if (opts.comments) for (let i = 0, n = Math.round(bytes / 16 / 40); i < n; i++) out.push(`// old_${i} varchar(255) [not null]`);
  return out.join('\n');
}

/** A hand-written migration of about `bytes` bytes: statements on existing tables (findings with
 * their source lines) between tables it creates (no findings), with comments. */
function migrationSql(bytes) {
  const out = ["SET lock_timeout = '5s';\n"];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = `-- step ${i}
CREATE TABLE fresh_${i} (id bigint PRIMARY KEY, name text NOT NULL);
CREATE INDEX fresh_${i}_name ON fresh_${i} (name);
ALTER TABLE existing_${i} ADD COLUMN flag_${i} boolean NOT NULL;
CREATE INDEX existing_${i}_flag ON existing_${i} (flag_${i});
UPDATE existing_${i} SET flag_${i} = true;
`;
    out.push(s);
    size += s.length;
  }
  return out.join('');
}

const tmp = mkdtempSync(path.join(tmpdir(), 'gen-scale-'));

function gen(args, cwd = root) {
  let best = { wall: Infinity, cpu: Infinity };
  let res;
  const cpuFile = path.join(tmp, 'cpu-ms');
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    res = spawnSync(process.execPath, [child, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, DATABASE_URL: '', GEN_SCALE_CPU: cpuFile } });
    const wall = performance.now() - t0;
    const cpu = Number(readFileSync(cpuFile, 'utf8'));
    if (cpu < best.cpu) best = { wall, cpu };
  }
  return { ...best, status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** Runs `args`, insisting on an exit status: a command that fails early would look linear. */
function timed(args, want, cwd) {
  const r = gen(args, cwd);
  if (!want.includes(r.status)) throw new Error(`gen ${args.join(' ')} exited ${r.status} (expected ${want.join(' or ')}):\n${r.stderr.slice(0, 2000)}`);
  return r;
}

const file = (name, text) => {
  const f = path.join(tmp, name);
  writeFileSync(f, text);
  return f;
};

/** Each case: a name and, for a size in bytes, the time of its run on an input of that size. */
const cases = [
  [
    'validate',
    (b) => {
      const f = file('v.dbml', schema(b));
      return timed(['validate', f], [0]);
    },
  ],
  [
    'format --check (canonical)',
    (b) => {
      const f = file('fc.dbml', schema(b));
      return timed(['format', '--check', f], [0]);
    },
  ],
  [
    'format --check (re-indented)',
    (b) => {
      const f = file('fn.dbml', schema(b, { indent: '    ' }));
      return timed(['format', '--check', f], [1]);
    },
  ],
  [
    'format (re-indented, writes)',
    (b) => {
      const f = file('fw.dbml', schema(b, { indent: '    ' }));
      return timed(['format', f], [0]);
    },
  ],
  [
    'format --check (comments)',
    (b) => {
      const f = file('fk.dbml', schema(b, { comments: true, indent: '   ' }));
      return timed(['format', '--check', f], [1]);
    },
  ],
  [
    'diff --from-empty --script',
    (b) => {
      const f = file('d.dbml', schema(b));
      return timed(['diff', '--from-empty', '--to-schema', f, '--script'], [0]);
    },
  ],
  [
    'diff A B (summary)',
    (b) => {
      const a = file('a.dbml', schema(b));
      file('b.dbml', schema(b, { changed: true }));
      return timed(['diff', '--from-schema', a, '--to-schema', path.join(tmp, 'b.dbml')], [0]);
    },
  ],
  [
    'diff A B --script',
    (b) => {
      const a = file('a.dbml', schema(b));
      file('b.dbml', schema(b, { changed: true }));
      return timed(['diff', '--from-schema', a, '--to-schema', path.join(tmp, 'b.dbml'), '--script'], [0]);
    },
  ],
  [
    'lint (migration.sql)',
    (b) => {
      const f = file('m.sql', migrationSql(b));
      return timed(['lint', f], [1]);
    },
  ],
  [
    'lint --json',
    (b) => {
      const f = file('m.sql', migrationSql(b));
      return timed(['lint', '--json', f], [1]);
    },
  ],
  [
    'status (offline, 1/8 size)',
    (b) => {
      // A project: two migrations (create, then many changes) and the schema they produce.
      const dir = path.join(tmp, 'project');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(path.join(dir, 'migrations'), { recursive: true });
      const a = file('sa.dbml', schema(b / 8));
      const bFile = file('sb.dbml', schema(b / 8, { changed: true }));
      const migrations = [];
      for (const [name, args] of [
        ['20260101000000_init', ['--from-empty', '--to-schema', a]],
        ['20260102000000_change', ['--from-schema', a, '--to-schema', bFile]],
      ]) {
        const sql = gen(['diff', ...args, '--script']).stdout;
        mkdirSync(path.join(dir, 'migrations', name));
        writeFileSync(path.join(dir, 'migrations', name, 'migration.sql'), sql);
        migrations.push({ name, file: '', sql });
      }
      writeFileSync(path.join(dir, 'migrations', 'gen.sum'), sumText(migrations));
      writeFileSync(path.join(dir, 'schema.dbml'), schema(b / 8, { changed: true }));
      return timed(['status', '--all'], [0, 1], dir);
    },
  ],
].filter(([name]) => only.length === 0 || only.some((o) => name.startsWith(o)));

console.log(`Scaling: one gen process per input size (best of ${runs} by CPU time); ratio = ${sizes.at(-1)} MB / ${sizes[0]} MB (linear ~${sizes.at(-1) / sizes[0]}, must stay under 10 in CPU time)`);
const col = (xs) => xs.map((x) => x.padStart(17)).join('');
console.log(`${'command'.padEnd(30)}${col(sizes.map((s) => `${s} MB cpu/wall`))}${'cpu ratio'.padStart(11)}${'wall ratio'.padStart(11)}  verdict`);
let failed = 0;
for (const [name, run] of cases) {
  const times = sizes.map((s) => run(Math.round(s * MB)));
  const ratio = times.at(-1).cpu / times[0].cpu;
  const wallRatio = times.at(-1).wall / times[0].wall;
  const pass = ratio < 10;
  if (!pass) failed++;
  console.log(`${name.padEnd(30)}${col(times.map((t) => `${(t.cpu / 1000).toFixed(2)}/${(t.wall / 1000).toFixed(2)} s`))}${ratio.toFixed(1).padStart(11)}${wallRatio.toFixed(1).padStart(11)}  ${pass ? 'PASS' : 'FAIL'}`);
}
console.log(failed === 0 ? `PASS: every command within 10x from ${sizes[0]} to ${sizes.at(-1)} MB` : `FAIL: ${failed} command(s) over 10x from ${sizes[0]} to ${sizes.at(-1)} MB`);
rmSync(tmp, { recursive: true, force: true });
