/** The slow case lists that repeat what the exactness harness already checks on every case (the
 * down direction, other servers, random pairs) run on a fixed sample in `npm test`, so that CI
 * stays short; `GEN_TEST_FULL=1` runs them whole. The sample is by position in the sorted list:
 * the same cases every run. */
export const testFull = process.env['GEN_TEST_FULL'] === '1';

/** Every `every`th item (all of them under GEN_TEST_FULL=1). */
export function sample<T>(items: readonly T[], every: number): T[] {
  return testFull ? [...items] : items.filter((_, i) => i % every === 0);
}
