/**
 * Fastify's own route table as full paths, so a census test (privacy, answer bounds) fails
 * when a route is added without an entry deciding what to ask it.
 */
import type { FastifyInstance } from 'fastify';

/** Every route in the table serving `method`, as full paths (parsed from printRoutes). */
export function routesOf(app: FastifyInstance, method = 'GET'): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│├└─\s]*)(\S.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    const depth = Math.floor((m[1] ?? '').length / 4);
    stack.length = depth;
    stack[depth] = m[2]!;
    if ((m[3] ?? '').split(', ').includes(method)) out.push(stack.join(''));
  }
  return out;
}
