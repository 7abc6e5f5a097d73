/**
 * Sending one webhook delivery: a POST of its JSON body, signed (sign.ts), to the hook's
 * address under the rules of every fetch (adapters/news/fetch.ts, docs/fetching.md): http(s)
 * only, each resolved address checked (private, loopback and link-local ones refused unless
 * HABEAS_ALLOW_PRIVATE_FETCH is on) and the socket pinned to the address checked. Redirects are
 * not followed (a receiver answers where it is), and one deadline covers the whole attempt.
 */
import http from 'node:http';
import https from 'node:https';
import type { AttemptOutcome, DueDelivery } from '../../core/hooks.ts';
import { classifyAddress } from '../news/addresses.ts';
import {
  defaultUserAgent,
  FetchRefusedError,
  pinnedLookup,
  resolveTarget,
  type SafeFetchOptions,
} from '../news/fetch.ts';
import { deliveryHeader, eventHeader, sign, signatureHeader, timestampHeader } from './sign.ts';

export type HookSendOptions = Pick<SafeFetchOptions, 'allowPrivate' | 'allowHosts' | 'lookup'> & {
  timeoutMs: number;
};

/** Read of a receiver's answer, for the log: its status only; the body is drained unread. */
function post(
  d: DueDelivery,
  url: URL,
  target: Awaited<ReturnType<typeof resolveTarget>>,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<number> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      {
        protocol: url.protocol,
        host: target.host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        lookup: pinnedLookup(target.pinned),
        servername: classifyAddress(target.host) ? undefined : target.host,
        agent: false,
        signal,
        headers,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(d.body);
  });
}

/** A sender for deliverHooks (app/changes/deliver-hooks.ts). */
export function hookSender(opts: HookSendOptions) {
  const rules: SafeFetchOptions = { ...opts, maxBytes: 0, maxRedirects: 0 };
  return async (d: DueDelivery, at: string): Promise<AttemptOutcome> => {
    const timestamp = Math.floor(Date.parse(at) / 1000);
    const signal = AbortSignal.timeout(opts.timeoutMs);
    // The deadline holds for the name lookup too, which cannot be cancelled: raced.
    const deadline = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
    );
    deadline.catch(() => undefined);
    try {
      const url = new URL(d.url);
      const target = await Promise.race([resolveTarget(url, rules), deadline]);
      const status = await post(
        d,
        url,
        target,
        {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(d.body)),
          'user-agent': defaultUserAgent.replace('news ingestion', 'webhooks'),
          [eventHeader]: d.event,
          [deliveryHeader]: d.id,
          [timestampHeader]: String(timestamp),
          [signatureHeader]: sign(d.secret, timestamp, d.body),
        },
        signal,
      );
      if (status >= 200 && status < 300) return { ok: true, status };
      return { ok: false, status, error: `the receiver answered HTTP ${status}` };
    } catch (e) {
      if (e instanceof FetchRefusedError)
        return { ok: false, status: null, error: e.message, permanent: true };
      const reason = signal.aborted
        ? `no answer within ${opts.timeoutMs} ms`
        : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
      return { ok: false, status: null, error: `${d.url}: ${reason}` };
    }
  };
}
