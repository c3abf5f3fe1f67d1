/** The deploy lock: one session-level advisory lock per database, so two deploys never interleave.
 * Closing the session releases it. */
import type { Queryable } from '../db/queryable.js';
import { UserError } from '../errors.js';

/** One lock for every gen deploy on a database (`hashtext('gen deploy')` would do too; a constant
 * keeps it independent of the server's hash function). */
export const DEPLOY_LOCK = 7_261_637_410;

/** Takes the lock, polling for up to `waitMs`; a refusal names the sessions holding it. */
export async function takeDeployLock(db: Queryable, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const [r] = await db.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [DEPLOY_LOCK]);
    if (r?.ok) return;
    if (Date.now() >= deadline) {
      const holders = await db.query<{ pid: number }>("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = $1", [DEPLOY_LOCK]);
      throw new UserError(`another gen deploy holds the migration lock (pid ${holders.map((h) => h.pid).join(', ') || 'unknown'}); waited ${waitMs / 1000} s (--lock-wait)`, 'lock-timeout');
    }
    await new Promise((r) => setTimeout(r, Math.min(250, Math.max(10, deadline - Date.now()))));
  }
}
