/**
 * Addresses of reports come from strangers (feeds, pasted reports, imported ledgers). Only
 * http and https addresses become links; anything else (javascript:, data:, vbscript:, odd
 * spellings of them) is shown as text, never as an href a click could run.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
