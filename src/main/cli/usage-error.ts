// A mistake in how the command was typed (exit 2), as opposed to bad input data (exit 1).

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
