/** A mistake the user can fix (see src/errors.ts); re-exported for the command modules. */
export { UserError, type ErrorCode } from '../errors.js';
