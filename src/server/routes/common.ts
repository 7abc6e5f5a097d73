import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * Sends JSON text as it is (a kept answer of the read models): Fastify sends a string without
 * serialising it again. Such answers are checked against their schemas by
 * test/server/response-schemas.test.ts, as the other plain-JSON answers are.
 */
export function sendJson<R extends { type(t: string): R; send(body: never): R }>(
  reply: R,
  body: string,
): R {
  return reply.type('application/json; charset=utf-8').send(body as never);
}
