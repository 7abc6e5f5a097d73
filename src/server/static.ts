import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ReaderLanguage, readerLanguageFromHeader } from '../core/names/headline.ts';

/** Where `npm run build:web` puts the web app. */
export const defaultWebDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** True when a built web app is there to serve. */
export function hasWebApp(dir: string = defaultWebDist): boolean {
  return existsSync(join(dir, 'index.html'));
}

/**
 * The page in the reader's language from the first paint: `lang` on <html> from the request's
 * Accept-Language, marked so that the app starts in it unless this browser chose another
 * (web/src/i18n/index.ts initialLocale).
 */
export function withLanguage(html: string, lang: ReaderLanguage): string {
  return html.replace(/<html\b[^>]*>/i, `<html lang="${lang}" data-lang-from="accept-language">`);
}

/**
 * Serves the built web app beside the API: hashed assets cached for a year (their names change
 * with their content), pre-compressed copies when the client accepts them, and index.html for
 * every other GET outside /api so that shared links to pages (/people/per_x) open the app, its
 * `lang` from the request's Accept-Language.
 */
export async function serveWebApp(
  app: FastifyInstance,
  dir: string = defaultWebDist,
): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    index: false,
    setHeaders(reply, path) {
      const hashed = path.startsWith(join(dir, 'assets'));
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const page = async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.url === '/api' || req.url.startsWith('/api/')) return reply.callNotFound();
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'Accept-Language')
      .send(withLanguage(html, readerLanguageFromHeader(req.headers['accept-language'])));
  };
  app.get('/', { schema: { hide: true } }, (req, reply) => page(req, reply));
  app.get('/*', { schema: { hide: true } }, (req, reply) => page(req, reply));
}
