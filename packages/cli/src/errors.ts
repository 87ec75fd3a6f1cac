/** A failure the user can act on: printed as one line, exit status 1 (or `code`). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}
