/** The boundary of every command: an error a user can act on becomes `error: …` and exit 1;
 * anything else is a bug and propagates. Kept apart from the command modules so a command
 * imports only what it runs (a no-op deploy loads 20 modules, not the planner). */
import { DbError } from '../db/queryable.js';
import { ScriptError } from '../sql/run.js';
import { UserError } from './errors.js';

/** Runs a command body: a mistake the user can fix (UserError), a database failure (DbError) or
 * a failing script statement (ScriptError) becomes `error: message` on stderr and exit 1;
 * anything else is a bug and is thrown. `cleanup` always runs. */
export async function commandBoundary(body: () => Promise<number>, cleanup?: () => Promise<void>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UserError || e instanceof DbError || e instanceof ScriptError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await cleanup?.();
  }
}
