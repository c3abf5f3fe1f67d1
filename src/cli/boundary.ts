/** The boundary of a command body: its cleanup always runs (closing a connection releases the
 * deploy lock), and an error in the cleanup never hides the body's own error. Errors are printed
 * once, by `main` (see failure.ts). Kept apart from the command modules so a command imports
 * only what it runs. */

/** Runs a command body, then `cleanup` whatever happened. */
export async function commandBoundary(body: () => Promise<number>, cleanup?: () => Promise<void>): Promise<number> {
  let failed = false;
  try {
    return await body();
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    try {
      await cleanup?.();
    } catch (e) {
      // A failed body already says what went wrong; a connection that will not close adds nothing.
      if (!failed) throw e;
    }
  }
}
