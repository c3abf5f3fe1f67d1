/** What a use case reports while it runs (a deploy can take minutes): the caller decides how to
 * show it. Results are returned; events are only what must be seen before the result exists. */
import type { Change, RenameHint } from '../diff/changes.js';
import type { UnitProgress } from '../migrations/apply.js';
import type { Finding } from '../sql/lint/types.js';

/** One event. `warning` is a formatted schema diagnostic below error level. */
export type GenEvent =
  | { readonly kind: 'warning'; readonly text: string }
  | { readonly kind: 'applied'; readonly name: string; readonly ms: number; readonly resumed: boolean }
  | { readonly kind: 'resuming'; readonly name: string; readonly unit: number; readonly units: number; readonly previous: string }
  | { readonly kind: 'rerunning'; readonly name: string; readonly previous: string }
  | { readonly kind: 'retry'; readonly message: string }
  // A unit of a migration (or of a down script) starts, or commits: progress on long work.
  | { readonly kind: 'unit'; readonly progress: UnitProgress }
  | { readonly kind: 'rolled-back'; readonly name: string; readonly ms: number; readonly resumed: boolean }
  | { readonly kind: 'planned'; readonly changes: readonly Change[]; readonly hints: readonly RenameHint[]; readonly hazards: readonly (readonly [string, number])[] }
  // A new migration folder is on disk (and linted) before it is applied: if applying fails, the
  // caller has already said where it is.
  | { readonly kind: 'written'; readonly path: string; readonly findings: readonly Finding[]; readonly irreversible: readonly string[] };

/** Where events go; a use case called without one stays silent. */
export type OnEvent = (event: GenEvent) => void;

/** The sink of `options`, or one that drops everything. */
export const sinkOf = (options: { readonly onEvent?: OnEvent | undefined }): OnEvent => options.onEvent ?? (() => {});
