/** Progress of deploy and rollback while a unit runs, so that a 20-minute index build is visibly
 * alive: at a terminal one line rewritten every second; elsewhere (CI logs) a line when a unit has
 * run for a while and when a long one finishes, never a rewritten line. */
import type { UnitProgress } from '../migrations/apply.js';

/** How often a log (not a terminal) hears that a unit is still running, and from what duration a
 * finished unit gets its own line there. */
const LOG_HEARTBEAT_MS = 30_000;
const LOG_LONG_UNIT_MS = 2_000;

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/** Writes lines to `out`, keeping a progress line below them at a terminal. */
export interface ProgressWriter {
  /** A line of output (the progress line, if any, is cleared first and redrawn after). */
  line(text: string): void;
  onUnit(p: UnitProgress): void;
  /** Clears the progress line and stops the timer (call when the command ends, whatever the outcome). */
  close(): void;
}

/** A writer on `out`; `tty` says whether it is a terminal that can rewrite a line. */
export function progressWriter(out: NodeJS.WriteStream = process.stdout, tty = out.isTTY === true): ProgressWriter {
  let running: (UnitProgress & { readonly since: number }) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let shown = false;
  const what = (p: UnitProgress) => `unit ${p.unit} of ${p.units} of ${p.migration}`;
  const draw = () => {
    if (!running) return;
    out.write(`\r\x1b[K${what(running)} (${running.at}): ${seconds(Date.now() - running.since)}`);
    shown = true;
  };
  const erase = () => {
    if (shown) out.write('\r\x1b[K');
    shown = false;
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  return {
    line(text) {
      erase();
      out.write(`${text}\n`);
      if (tty) draw();
    },
    onUnit(p) {
      stop();
      if (p.phase === 'start') {
        running = { ...p, since: Date.now() };
        if (tty) {
          draw();
          timer = setInterval(draw, 1000);
        } else {
          timer = setInterval(() => running && out.write(`  still running ${what(running)} (${running.at}): ${seconds(Date.now() - running.since)}\n`), LOG_HEARTBEAT_MS);
        }
        timer.unref();
        return;
      }
      running = undefined;
      erase();
      if (!tty && (p.ms ?? 0) >= LOG_LONG_UNIT_MS) out.write(`  ${what(p)} done in ${seconds(p.ms ?? 0)}\n`);
    },
    close() {
      stop();
      running = undefined;
      erase();
    },
  };
}
