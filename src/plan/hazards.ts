/** Hazards as a reviewer reads them: each code with what it means for the step at hand. */
import type { Hazard, Step } from './types.js';

/** What each hazard means on a live database. */
export const HAZARD_MESSAGES: Readonly<Record<Hazard, string>> = {
  DELETES_DATA: 'removes rows or values that only a backup brings back',
  TABLE_REWRITE: 'rewrites every row of the table and its indexes under an exclusive lock',
  ACCESS_EXCLUSIVE_LOCK: 'blocks every read and write of the table while it runs',
  BLOCKING_INDEX_BUILD: 'blocks writes to the table for the whole index build',
  LONG_RUNNING: 'reads the whole table (without blocking writes): takes time and I/O',
  MAY_FAIL_ON_EXISTING_DATA: 'fails, and rolls back, when existing rows do not fit the new definition',
  BREAKS_CLIENTS: 'running application code that uses the old name or shape stops working',
  INDEX_DROPPED: 'queries that used the dropped index may become slow',
};

/** A hazard of one step: its code and a message naming what the step does. */
export interface HazardDetail {
  readonly code: Hazard;
  readonly message: string;
}

/** The hazards of `step` with their messages. */
export function hazardDetails(step: Step): HazardDetail[] {
  return step.hazards.map((code) => ({ code, message: `${step.why}: ${HAZARD_MESSAGES[code]}` }));
}
