import type { FastifyInstance, FastifyRequest } from 'fastify';

/** How long closing waits for started requests before the database may close under them. */
export const drainMs = 10_000;

/**
 * Closing the server lets the requests it has started finish first. Fastify's close resolves
 * once the sockets are gone, but a handler whose client hung up (a load balancer giving up, a
 * benchmark ending) still runs; the database closed under it would turn its next query into a
 * 500 logged as an unhandled error. A request counts from onRequest until its reply is sent
 * (onSend runs for every reply, errors and replies to gone clients included).
 */
export function drainOnClose(app: FastifyInstance, waitMs = drainMs): void {
  const open = new WeakSet<FastifyRequest>();
  let inFlight = 0;
  let settled: (() => void) | null = null;
  const done = (req: FastifyRequest) => {
    if (!open.delete(req)) return;
    inFlight -= 1;
    if (inFlight === 0) settled?.();
  };
  app.addHook('onRequest', async (req) => {
    open.add(req);
    inFlight += 1;
  });
  app.addHook('onSend', async (req, _reply, payload) => {
    done(req);
    return payload;
  });
  app.addHook('onClose', async () => {
    if (inFlight === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      settled = resolve;
      timer = setTimeout(resolve, waitMs);
    });
    clearTimeout(timer);
    if (inFlight > 0) app.log.warn(`closing with ${inFlight} requests still running`);
  });
}
