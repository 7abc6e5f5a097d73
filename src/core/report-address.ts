/**
 * The one rule for a report's address, wherever it enters (API, `habeas ingest` files, JSONL,
 * URLs and feeds, ledger imports): http or https only, no user name or password, and stored in
 * its normal form (WHATWG URL serialisation: scheme and host lower-cased, default port and dot
 * segments dropped, unsafe characters percent-encoded; the #fragment, which never reaches the
 * server, dropped), so the web app never links to `javascript:` or `data:` and one page is one
 * address. Every place an address comes in uses it: reports (API, `habeas ingest` files, JSONL,
 * URLs and feeds, ledger imports, the fetcher), watched sources and webhooks. An address is at
 * most `maxUrlChars` long, as given and in its normal form (percent-encoding can lengthen it).
 */

/** The longest address Habeas stores (core/limits.ts textLimits.url). */
export const maxUrlChars = 2000;

export type AddressCheck = { ok: true; url: string } | { ok: false; problem: string };

const shown = (url: string) => JSON.stringify(url.slice(0, 80));

/** A report address in its normal form, or why it is refused (naming `url`). */
export function checkReportUrl(raw: string): AddressCheck {
  // Before parsing: a megabyte of address is refused without the parser's work.
  if (raw.length > maxUrlChars) return tooLong(raw.length, '');
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return { ok: false, problem: `url ${shown(raw)} is not a valid address` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return {
      ok: false,
      problem: `url must be an http or https address, not ${u.protocol.slice(0, -1)} (${shown(raw)})`,
    };
  // Not echoed: the point is that a password should not be stored or shown.
  if (u.username || u.password)
    return { ok: false, problem: 'url must not hold a user name or password (user:password@)' };
  u.hash = '';
  if (u.href.length > maxUrlChars) return tooLong(u.href.length, ' in its normal form');
  return { ok: true, url: u.href };
}

function tooLong(length: number, form: string): AddressCheck {
  return {
    ok: false,
    problem: `url is ${length} characters long${form}; the limit is ${maxUrlChars}`,
  };
}
