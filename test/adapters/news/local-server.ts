/** A real HTTP server on 127.0.0.1 for fetch tests; it records every request it gets. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  port: number;
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Host headers seen, in order. */
  hosts: string[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<LocalServer> {
  const routes = new Map<string, Handler>();
  const requests: string[] = [];
  const hosts: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    hosts.push(req.headers.host ?? '');
    const handler = routes.get((req.url ?? '').split('?')[0] ?? '');
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    hosts,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function send(status: number, type: string, body: string | Buffer, extra = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': type, ...extra });
    res.end(body);
  };
}
