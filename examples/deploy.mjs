// @ts-check
/** A deploy script on gen-migrate's library API: check the project and the database with
 * `status`, then apply the pending migrations with `deploy`, printing progress as it comes.
 * Exit 0 when the database is up to date, 1 otherwise. Run it from the project root: status
 * reads schema.dbml and migrations/ there, as deploy reads migrations/.
 *
 *   DATABASE_URL=postgres://app@db.internal/app node deploy.mjs
 */
import { deploy, status } from 'gen-migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('error: set DATABASE_URL');
  process.exit(1);
}

/** @type {import('gen-migrate').OnEvent} */
const onEvent = (e) => {
  if (e.kind === 'applied') console.log(`applied ${e.name} in ${e.ms} ms${e.resumed ? ' (resumed)' : ''}`);
  else if (e.kind === 'resuming') console.log(`resuming ${e.name} at unit ${e.unit} of ${e.units} (${e.previous})`);
  else if (e.kind === 'rerunning') console.log(`running ${e.name} again (${e.previous})`);
  else if (e.kind === 'retry') console.log(`retrying: ${e.message}`);
  else if (e.kind === 'warning') console.warn(e.text);
};

try {
  // Pending migrations are what this script is for; anything else status finds (gen.sum out of
  // date, an edited applied migration, drift, a lint error) stops the deploy before it starts.
  const checked = await status({ url });
  const blocking = checked.findings.filter((f) => f.kind !== 'pending');
  for (const note of checked.notes) console.log(note.message);
  if (blocking.length > 0) {
    for (const f of blocking) console.error(`error: ${f.message}`);
    process.exit(1);
  }
  const result = await deploy({ url, onEvent });
  console.log(result.outcome === 'up-to-date' ? `${result.database} is up to date` : `${result.database}: applied ${result.pending.length} migration(s)`);
} catch (e) {
  // UserError, DbError and ScriptError carry messages meant for people (passwords redacted).
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
