/**
 * Every error the API answers goes out here, as an RFC 9457 problem (problem.ts), from one
 * table mapping the error family (src/core/errors.ts) to problem codes and so to statuses.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../adapters/db/unavailable.ts';
import { SignInRefusedError } from '../app/accounts/sign-in.ts';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from '../core/errors.ts';
import { CsrfError } from './auth/guard.ts';
import {
  type FieldError,
  type Problem,
  type ProblemCode,
  problemKinds,
  problemMediaType,
  problemType,
} from './problem.ts';

type ErrorClass = abstract new (...a: never[]) => Error;

/**
 * The one table: each class of the error family and the problem it is (problem.ts gives the
 * status). The first match wins, so a subclass comes before its base.
 */
export const errorTable: ReadonlyArray<readonly [ErrorClass, ProblemCode]> = [
  [SignInRefusedError, 'sign_in_refused'],
  [UnauthenticatedError, 'unauthenticated'],
  [CsrfError, 'csrf'],
  [ForbiddenError, 'forbidden'],
  [NotFoundError, 'not_found'],
  [ConflictError, 'conflict'],
  [RateLimitedError, 'rate_limited'],
  [ValidationError, 'invalid_input'],
  // Any other refusal by the domain is input it cannot take.
  [DomainError, 'invalid_input'],
];

/** The problem code of an error of the family, or null for anything else (a fault of ours). */
export function problemCodeOf(err: unknown): ProblemCode | null {
  for (const [cls, code] of errorTable) if (err instanceof cls) return code;
  return null;
}

export const databaseUnavailable = {
  error: 'database_unavailable',
  message: 'the database is unavailable (down or restarting); try again shortly',
} as const;

/** What a problem says beyond its code: the text, the fields, a status of Fastify's own. */
interface Occurrence {
  detail: string;
  errors?: FieldError[];
  status?: number;
}

/** The problem body for a request; the query string is left out (it may hold search terms). */
export function problemBody(req: FastifyRequest, code: ProblemCode, o: Occurrence): Problem {
  return {
    type: problemType(code),
    title: problemKinds[code].title,
    status: o.status ?? problemKinds[code].status,
    detail: o.detail,
    instance: req.url.split('?')[0] ?? req.url,
    error: code,
    message: o.detail,
    ...(o.errors ? { errors: o.errors } : {}),
  };
}

function sendProblem(req: FastifyRequest, reply: FastifyReply, code: ProblemCode, o: Occurrence) {
  const body = problemBody(req, code, o);
  return reply.code(body.status).type(problemMediaType).send(body);
}

function zodFieldErrors(err: FastifyError): FieldError[] {
  const issues = (err.validation ?? []) as unknown as Array<{
    instancePath?: string;
    message?: string;
    params?: { issue?: { path?: PropertyKey[]; message?: string } };
  }>;
  const where = err.validationContext ?? 'request';
  return issues.map((i) => {
    const path =
      i.params?.issue?.path?.map(String).join('.') ?? i.instancePath?.replace(/^\//, '') ?? '';
    return {
      path: path ? `${where}.${path}` : where,
      message: i.params?.issue?.message ?? i.message ?? 'invalid',
    };
  });
}

/** Fastify's own refusals (bad JSON, wrong content type, too large) by their status. */
function fastifyCode(status: number): ProblemCode {
  if (status === 400) return 'invalid_input';
  if (status === 404) return 'not_found';
  if (status === 413) return 'too_large';
  if (status === 415) return 'unsupported_media_type';
  return 'bad_request';
}

function familyOccurrence(err: Error): Occurrence {
  if (err instanceof ValidationError && err.path !== null)
    return { detail: err.message, errors: [{ path: err.path, message: err.reason }] };
  return { detail: err.message };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = zodFieldErrors(err);
      const detail = errors.map((d) => `${d.path}: ${d.message}`).join('; ');
      return sendProblem(req, reply, 'invalid_input', { detail, errors });
    }
    const code = problemCodeOf(err);
    if (code) {
      if (err instanceof RateLimitedError)
        reply.header('retry-after', String(err.retryAfterSeconds));
      return sendProblem(req, reply, code, familyOccurrence(err));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(req, reply, 'too_large', {
        detail: `the request body is larger than the limit of ${req.routeOptions.bodyLimit} bytes; send less (split a batch) or raise the server's body limit`,
      });
    if (err.statusCode && err.statusCode < 500) {
      const status = err.statusCode;
      return sendProblem(req, reply, fastifyCode(status), { detail: err.message, status });
    }
    if (isDatabaseUnavailable(err)) {
      // Down or restarting: nothing was written (a transaction cut short rolls back); retry.
      req.log.warn(`database unavailable: ${err.message}`);
      reply.header('retry-after', '5');
      return sendProblem(req, reply, 'database_unavailable', {
        detail: databaseUnavailable.message,
      });
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(req, reply, 'internal', { detail: 'internal error; see the server log' });
  });
  app.setNotFoundHandler((req, reply) =>
    sendProblem(req, reply, 'not_found', { detail: `no route ${req.method} ${req.url}` }),
  );
}
