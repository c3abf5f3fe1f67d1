/** Comments above a statement that speak to the linter: `-- gen:lint-ignore CODE[, CODE] reason`
 * silences those rules for that statement (the reason is kept in the output), and the planner's
 * `-- hazard HAZARD[, HAZARD]: what` marks a statement whose hazard gen declared on purpose. */
import { HAZARDS, type Hazard } from '../../plan/types.js';

export interface Directives {
  /** Rule codes to silence, with the reason given (or ''). */
  readonly ignore: ReadonlyMap<string, string>;
  /** Hazards declared by a generated migration, with the planner's description. */
  readonly hazards: ReadonlyMap<Hazard, string>;
}

const IGNORE = /^\s*--\s*gen:lint-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*:?\s*(.*)$/;
const HAZARD = /^\s*--\s*hazard\s+([A-Z_]+(?:\s*,\s*[A-Z_]+)*)\s*:\s*(.*)$/;

/** Reads the directives in a statement's leading comments. */
export function directivesOf(leading: string): Directives {
  const ignore = new Map<string, string>();
  const hazards = new Map<Hazard, string>();
  for (const line of leading.split('\n')) {
    const i = IGNORE.exec(line);
    if (i) for (const code of i[1]!.split(',')) ignore.set(code.trim(), i[2]!.trim());
    const h = HAZARD.exec(line);
    if (h) {
      for (const name of h[1]!.split(',')) {
        const hz = HAZARDS.find((x) => x === name.trim());
        if (hz) hazards.set(hz, h[2]!.trim());
      }
    }
  }
  return { ignore, hazards };
}
