/**
 * Security headers on every response, set by @fastify/helmet. The ledger shows text written by
 * strangers (reports, names, titles), so the browser is told to run only the web app's own
 * scripts from its own origin, never inline ones: if some markup ever slipped through escaping,
 * it could not run. JSON answers get a policy that allows nothing, so an API answer opened as a
 * page is inert.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** For HTML (the web app, the API docs): own scripts only, no inline script, no framing. */
const pageDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // Styles set from scripts (React style props, charts) go through the CSSOM, which CSP does
  // not govern; 'unsafe-inline' here only lets <style> blocks of the API docs page through.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** For everything else (JSON, CSV, files): nothing may load or run, nothing may frame it. */
const dataPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Helmet has no Permissions-Policy: nothing here needs the camera, microphone or place. */
const permissionsPolicy = 'camera=(), microphone=(), geolocation=(), interest-cohort=()';

/** Registered first, so a request refused by any later hook still carries every header. */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: pageDirectives },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  // The policy depends on what is answered, known only when it is sent.
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('permissions-policy', permissionsPolicy);
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html')) reply.header('content-security-policy', dataPolicy);
    return payload;
  });
}
