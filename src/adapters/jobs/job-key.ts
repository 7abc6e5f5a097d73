/**
 * A job's id is derived from what it carries, so enqueueing the same report twice names the
 * same job and the queue keeps one (pg-boss inserts with ON CONFLICT DO NOTHING).
 */
import { createHash } from 'node:crypto';

/** JSON with keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function contentKey(data: unknown): string {
  return createHash('sha256').update(canonicalJson(data)).digest('hex');
}

/** A UUID (version 8, 'custom') made from the first 16 bytes of the content key. */
export function jobIdFor(key: string): string {
  const b = Buffer.from(key.slice(0, 32).padEnd(32, '0'), 'hex');
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
