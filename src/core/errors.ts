/**
 * Domain errors: plain classes the edges map to exit codes and HTTP statuses
 * (src/server/errors.ts, src/cli/main.ts). Messages say what and where.
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
  constructor(
    message: string,
    readonly path: string | null = null,
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}

/** The request is valid but clashes with what is stored (e.g. importing ids that exist). */
export class ConflictError extends DomainError {}
