/**
 * Domain errors: plain classes the edges map to exit codes and HTTP statuses
 * (src/server/errors.ts holds the one table, src/cli/main.ts). Messages say what and where.
 * Every error a caller can cause extends DomainError, so an edge that meets anything else
 * knows it is a fault of ours (HTTP 500), not of the input.
 */
export class DomainError extends Error {
  override name = this.constructor.name;
}

/** Something named by id does not exist. */
export class NotFoundError extends DomainError {
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} '${id}' not found`);
  }
}

/** Input that breaks a rule; `path` says where (e.g. 'claims[3].value'). */
export class ValidationError extends DomainError {
  /** The rule that was broken, without the path (the message has both). */
  readonly reason: string;

  constructor(
    message: string,
    readonly path: string | null = null,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.reason = message;
  }
}

/** The request is valid but clashes with what is stored (e.g. importing ids that exist). */
export class ConflictError extends DomainError {}

/** This needs someone signed in, and nobody (or nobody valid) is; the message says how to. */
export class UnauthenticatedError extends DomainError {}

/** The caller is known but may not do this (a role too low); the message names the role. */
export class ForbiddenError extends DomainError {}

/** Too many attempts in a while (failed sign-ins); the caller may try again after a wait. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
