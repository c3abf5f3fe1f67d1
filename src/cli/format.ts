/** `gen format [--check]`: the format use case → what changed, or a unified diff. */
import { assertNever } from '../model/types.js';
import { type FormattedFile, format } from '../use-cases/format.js';
import { unifiedDiff } from './unified-diff.js';

function report(f: FormattedFile): number {
  switch (f.outcome) {
    case 'canonical':
      return 0;
    case 'formatted':
      process.stdout.write(`formatted ${f.file}\n`);
      return 0;
    case 'differs':
      process.stdout.write(unifiedDiff(f.file, f.file, f.current, f.formatted, 'current', 'formatted'));
      return 1;
    case 'refused':
      process.stderr.write(`${f.error}\n`);
      return 1;
    default:
      return assertNever(f);
  }
}

/** Formats the DBML files behind `given`; with `check`, exits 1 and prints a diff when one would
 * change. */
export function formatCommand(given: string, check: boolean): number {
  const files = format(given, { check, onEvent: (e) => e.kind === 'warning' && process.stderr.write(`${e.text}\n`) });
  return Math.max(0, ...files.map(report));
}
