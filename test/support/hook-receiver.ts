/**
 * A webhook receiver on 127.0.0.1 for tests: records every POST (headers and the exact body)
 * and answers each with the next status of its script (then 200). It can be reached only
 * through the private-fetch switch (HABEAS_ALLOW_PRIVATE_FETCH / allowPrivate), as any
 * loopback address.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface HookReceiver {
  url: string;
  received: Received[];
  /** Statuses for the next requests, in order; once used up, 200. */
  answer(...statuses: number[]): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<HookReceiver> {
  const received: Received[] = [];
  const script: number[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => {
      body += d;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(script.shift() ?? 200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answer: (...statuses) => void script.push(...statuses),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * The receiver's check as docs/whats-new.md tells receivers to write it, written here apart
 * from src/adapters/hooks/sign.ts so a test does not check the signer with itself.
 */
export function validSignature(secret: string, r: Received): boolean {
  const timestamp = String(r.headers['x-habeas-timestamp']);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${r.body}`).digest('hex');
  return r.headers['x-habeas-signature'] === `sha256=${expected}`;
}
