/**
 * The OpenAPI document without a database or a listening server, for `npm run api:doc` and
 * `npm run api:lint` (scripts/openapi.ts) and the contract tests. Describing the API calls no
 * store, so the routes are registered over a context in which every call fails loudly.
 */
import type { AppContext } from '../app/context.ts';
import { buildServer } from './app.ts';

/** A stand-in for any port: property reads give more of it, calls reject (or throw). */
function unwired(what: string): never {
  const fail = () => Promise.reject(new Error(`${what}: no database while describing the API`));
  const handler: ProxyHandler<() => unknown> = {
    // Not a thenable, so `await` of it is not mistaken for a promise.
    get: (_t, key) => (key === 'then' ? undefined : proxy),
    apply: fail,
  };
  const proxy: unknown = new Proxy(() => undefined, handler);
  return proxy as never;
}

/** The document /api/docs/json serves, as a plain object. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const ctx: AppContext = {
    db: unwired('db'),
    clock: { now: () => '1970-01-01T00:00:00.000Z' },
    ids: unwired('ids'),
    digest: unwired('digest'),
    cache: unwired('cache'),
  };
  // No web app: its routes are hidden from the document anyway, and it needs web/dist built.
  const app = await buildServer(ctx, { webDist: '/nonexistent' });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The document as committed in docs/openapi.json: two-space JSON and a final newline. */
export async function openApiJson(): Promise<string> {
  return `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
}
