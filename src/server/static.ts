import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build:web` puts the web app. */
export const defaultWebDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** True when a built web app is there to serve. */
export function hasWebApp(dir: string = defaultWebDist): boolean {
  return existsSync(join(dir, 'index.html'));
}

/**
 * Serves the built web app beside the API: hashed assets cached for a year (their names change
 * with their content), pre-compressed copies when the client accepts them, and index.html for
 * every other GET outside /api so that shared links to pages (/people/per_x) open the app.
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
  const page = async (
    req: { url: string },
    reply: { callNotFound(): void; sendFile(f: string): unknown },
  ) => {
    if (req.url === '/api' || req.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  };
  app.get('/', { schema: { hide: true } }, (req, reply) => page(req, reply));
  app.get('/*', { schema: { hide: true } }, (req, reply) => page(req, reply));
}
