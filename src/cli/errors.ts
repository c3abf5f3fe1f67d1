/** A mistake the user can fix: printed as `error: message`, exit 1. (Its own module: the config
 * loader needs it at startup, before any command module is imported.) */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
