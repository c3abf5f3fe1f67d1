/** Every lint rule, in the order findings are listed for one statement. Codes are stable: they
 * are what `gen.config.json` and `-- gen:lint-ignore` name. */
import { blockingIndexBuild } from './rules/blocking-index-build.js';
import { blockingIndexDrop } from './rules/blocking-index-drop.js';
import { columnTypeChange } from './rules/column-type-change.js';
import { concurrentlyInTransaction } from './rules/concurrently-in-transaction.js';
import { constraintNotValid } from './rules/constraint-not-valid.js';
import { constraintWithoutIndex } from './rules/constraint-without-index.js';
import { dataLoss } from './rules/data-loss.js';
import { enumValueInTransaction } from './rules/enum-value-in-transaction.js';
import { enumValuePosition } from './rules/enum-value-position.js';
import { identifierTooLong } from './rules/identifier-too-long.js';
import { lockTimeout } from './rules/lock-timeout.js';
import { notNullColumnWithoutDefault } from './rules/not-null-column-without-default.js';
import { preferBigintPrimaryKey } from './rules/prefer-bigint-primary-key.js';
import { preferIdentity } from './rules/prefer-identity.js';
import { preferTextOverChar } from './rules/prefer-text-over-char.js';
import { preferTimestamptz } from './rules/prefer-timestamptz.js';
import { rename } from './rules/rename.js';
import { setNotNull } from './rules/set-not-null.js';
import { unbatchedUpdate } from './rules/unbatched-update.js';
import { validateInSameTransaction } from './rules/validate-in-same-transaction.js';
import { varcharLengthChange } from './rules/varchar-length-change.js';
import { volatileDefault } from './rules/volatile-default.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  blockingIndexBuild,
  blockingIndexDrop,
  concurrentlyInTransaction,
  constraintNotValid,
  validateInSameTransaction,
  setNotNull,
  notNullColumnWithoutDefault,
  volatileDefault,
  columnTypeChange,
  varcharLengthChange,
  constraintWithoutIndex,
  dataLoss,
  rename,
  enumValueInTransaction,
  enumValuePosition,
  lockTimeout,
  unbatchedUpdate,
  identifierTooLong,
  preferTimestamptz,
  preferIdentity,
  preferTextOverChar,
  preferBigintPrimaryKey,
];
