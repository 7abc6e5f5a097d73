import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../adapters/db/unavailable.ts';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '../core/errors.ts';
import { InvalidEvidenceError } from '../core/model/claim.ts';
import { InvalidDateError } from '../core/model/dates.ts';
import { InvalidClaimError } from '../core/model/properties.ts';

/** The one table mapping domain errors to HTTP statuses and stable error codes. */
const table: Array<[new (...a: never[]) => Error, number, string]> = [
  [NotFoundError, 404, 'not_found'],
  [ValidationError, 400, 'invalid_input'],
  [InvalidDateError, 400, 'invalid_input'],
  [InvalidClaimError, 400, 'invalid_input'],
  [InvalidEvidenceError, 400, 'invalid_input'],
  [ConflictError, 409, 'conflict'],
];

export const databaseUnavailable = {
  error: 'database_unavailable',
  message: 'the database is unavailable (down or restarting); try again shortly',
} as const;

export interface ErrorBody {
  error: string;
  message: string;
  details?: Array<{ path: string; message: string }>;
}

function zodDetails(err: FastifyError): ErrorBody {
  const issues = (err.validation ?? []) as unknown as Array<{
    instancePath?: string;
    message?: string;
    params?: { issue?: { path?: PropertyKey[]; message?: string } };
  }>;
  const where = err.validationContext ?? 'request';
  const details = issues.map((i) => {
    const path =
      i.params?.issue?.path?.map(String).join('.') ?? i.instancePath?.replace(/^\//, '') ?? '';
    return {
      path: path ? `${where}.${path}` : where,
      message: i.params?.issue?.message ?? i.message ?? 'invalid',
    };
  });
  const message = details.map((d) => `${d.path}: ${d.message}`).join('; ');
  return { error: 'invalid_input', message, details };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) return reply.code(400).send(zodDetails(err));
    for (const [cls, status, code] of table) {
      if (err instanceof cls) return reply.code(status).send({ error: code, message: err.message });
    }
    if (err instanceof DomainError)
      return reply.code(400).send({ error: 'invalid_input', message: err.message });
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send({
        error: 'too_large',
        message: `the request body is larger than the limit of ${req.routeOptions.bodyLimit} bytes; send less (split a batch) or raise the server's body limit`,
      });
    if (err.statusCode && err.statusCode < 500) {
      return reply
        .code(err.statusCode)
        .send({ error: err.code ?? 'bad_request', message: err.message });
    }
    if (isDatabaseUnavailable(err)) {
      // Down or restarting: nothing was written (a transaction cut short rolls back); retry.
      req.log.warn(`database unavailable: ${err.message}`);
      return reply.code(503).header('retry-after', '5').send(databaseUnavailable);
    }
    req.log.error({ err }, 'unhandled error');
    return reply
      .code(500)
      .send({ error: 'internal', message: 'internal error; see the server log' });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no route ${req.method} ${req.url}` }),
  );
}
