import { inject } from 'vitest';
import '../support/templates.ts';
import { buildWebApp } from './server.ts';

/**
 * The web app built once for the whole run by the browser project's global setup
 * (test/support/global-setup-web.ts), or built into `fallbackDir` when a file runs without it.
 */
export async function testWebDist(fallbackDir: string): Promise<string> {
  return inject('habeasWebDist') ?? (await buildWebApp(fallbackDir));
}
