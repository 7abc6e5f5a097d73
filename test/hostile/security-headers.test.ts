// Security headers on pages and API answers, and the request body limit's clear 413.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInServer, signedInServer } from '../support/auth.ts';
import { backends } from '../support/databases.ts';

const dist = join(import.meta.dirname, '../../test-output/hostile-headers-dist');
// A stand-in for the built web app: the headers do not depend on what the page holds.
beforeAll(() => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'assets/app-1234.js'), 'console.log(1)');
});

function csp(header: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of String(header).split(';')) {
    const [name, ...rest] = part.trim().split(/\s+/);
    if (name) out.set(name, rest.join(' '));
  }
  return out;
}

describe.each(backends())('headers and body limit on $name', (backend) => {
  let s: SignedInServer;
  beforeAll(async () => {
    s = await signedInServer(backend, { server: { webDist: dist, bodyLimit: 64 * 1024 } });
  }, 60_000);
  afterAll(() => s?.close());

  describe('security headers', () => {
    it('web app pages: scripts from the own origin only, never inline; no framing', async () => {
      for (const url of ['/', '/people/per_x', '/reports/src_1?x=<script>']) {
        const res = await s.app.inject({ url });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toContain('text/html');
        const policy = csp(res.headers['content-security-policy']);
        expect(policy.get('script-src')).toBe("'self'");
        expect(policy.get('script-src-attr')).toBe("'none'");
        expect(policy.get('default-src')).toBe("'self'");
        expect(policy.get('object-src')).toBe("'none'");
        expect(policy.get('base-uri')).toBe("'none'");
        expect(policy.get('frame-ancestors')).toBe("'none'");
        expect(String(res.headers['content-security-policy'])).not.toMatch(
          /script-src[^;]*unsafe-(inline|eval)/,
        );
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['x-frame-options']).toBe('DENY');
      }
    });

    it('API answers, errors and static assets carry them too; JSON may load nothing', async () => {
      const answers = [
        await s.app.inject({ url: '/api/health' }),
        await s.app.inject({ url: '/api/persons/nobody' }),
        await s.app.inject({ url: '/api/no-such-route' }),
        await s.app.inject({
          method: 'POST',
          url: '/api/reports',
          headers: s.headers,
          payload: { text: '' },
        }),
        await s.app.inject({ url: '/assets/app-1234.js' }),
        // Refused by the auth hook, before any route runs.
        await s.app.inject({ url: '/api/persons', headers: { authorization: 'Bearer nope' } }),
      ];
      expect(answers.map((r) => r.statusCode)).toEqual([200, 404, 404, 400, 200, 401]);
      for (const res of answers) {
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['permissions-policy']).toContain('camera=()');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        const policy = csp(res.headers['content-security-policy']);
        expect(policy.get('frame-ancestors')).toBe("'none'");
        if (String(res.headers['content-type']).includes('json'))
          expect(policy.get('default-src')).toBe("'none'");
      }
    });
  });

  describe('request body limit', () => {
    it('answers 413 naming the limit, for a declared and for a streamed body', async () => {
      const big = JSON.stringify({ text: 'x'.repeat(100 * 1024) });
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: { ...s.headers, 'content-type': 'application/json' },
        payload: big,
      });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({
        status: 413,
        error: 'too_large',
        detail: expect.stringMatching(/^the request body is larger than the limit of 65536 bytes/),
      });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      // Nothing was stored.
      expect(await s.ctx.db.claims.countClaims({})).toBe(0);
    });

    it('a body just under the limit goes through', async () => {
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: s.headers,
        payload: { text: `Nine people were freed. ${'y'.repeat(60 * 1024)}` },
      });
      expect(res.statusCode).toBe(201);
    });

    it('malformed JSON is a 400 naming the problem, not a 500', async () => {
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: { ...s.headers, 'content-type': 'application/json' },
        payload: '{"text": "abc",',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/JSON/i);
    });
  });
});
