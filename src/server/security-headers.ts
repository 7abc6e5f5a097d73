/**
 * Security headers on every response. The ledger shows text written by strangers (reports,
 * names, titles), so the browser is told to run only the web app's own scripts from its own
 * origin, never inline ones: if some markup ever slipped through escaping, it could not run.
 * JSON answers get a policy that allows nothing, so an API answer opened as a page is inert.
 */
import type { FastifyInstance } from 'fastify';

/** For HTML (the web app, the API docs): own scripts only, no inline script, no framing. */
export const pagePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  // Styles set from scripts (React style props, charts) go through the CSSOM, which CSP does
  // not govern; 'unsafe-inline' here only lets <style> blocks of the API docs page through.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** For everything else (JSON, CSV, files): nothing may load or run, nothing may frame it. */
export const dataPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

const common: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [name, value] of Object.entries(common)) reply.header(name, value);
    const type = String(reply.getHeader('content-type') ?? '');
    reply.header('content-security-policy', type.startsWith('text/html') ? pagePolicy : dataPolicy);
    return payload;
  });
}
