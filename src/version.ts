/** gen's version, as package.json has it: recorded in the history table's `gen_version` and
 * printed by `gen --version` (test/version.test.ts keeps the two equal). A constant rather than a
 * read of package.json: every command would otherwise pay a file read and a JSON parse at start. */
export const VERSION = '0.1.0';
