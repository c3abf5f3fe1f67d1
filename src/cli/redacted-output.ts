/** Everything the CLI prints passes through `redact` (src/db/redact.ts): the passwords of every
 * URL or conninfo string on the command line, in DATABASE_URL and PGPASSWORD are registered
 * before any command runs, so no message, JSON object or stack trace can show one. */
import { redact, registerSecret, registerSecretsIn } from '../db/redact.js';

const INSTALLED = Symbol.for('gen.redactedOutput');

/** Registers the secrets in `argv` and the environment and filters stdout and stderr. */
export function installRedaction(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  registerSecret(env['PGPASSWORD']);
  registerSecretsIn(env['DATABASE_URL'] ?? '');
  for (const a of argv) registerSecretsIn(a);
  for (const stream of [process.stdout, process.stderr]) {
    const s = stream as NodeJS.WriteStream & { [INSTALLED]?: true };
    if (s[INSTALLED]) continue;
    const write = s.write.bind(s) as (chunk: unknown, ...rest: unknown[]) => boolean;
    s.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? redact(chunk) : chunk instanceof Uint8Array ? redact(Buffer.from(chunk).toString('utf8')) : chunk, ...rest)) as typeof s.write;
    s[INSTALLED] = true;
  }
}
