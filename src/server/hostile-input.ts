/**
 * Refuses request input no database can store, before any route sees it: a NUL character
 * (U+0000) in any string of the body, the query or the path. PostgreSQL rejects NUL in text,
 * so letting it through would end in a 500 from deep inside a write; here it is a 400 that
 * names the field. Unpaired UTF-16 surrogates (which have no UTF-8 form) in the body become
 * U+FFFD, as any UTF-8 encoder would write them, so what is stored is what is answered.
 */
import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../core/errors.ts';
import { isWellFormed, wellFormed } from '../core/unicode.ts';

/** Path of the first string holding NUL ('body.items[3].text'), or null. */
export function nulPath(value: unknown, at: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? at : null;
  if (depth > 64 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${at}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const found = nulPath(k, `${at} key`, depth + 1) ?? nulPath(v, `${at}.${k}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The value with every string made well-formed (unpaired surrogates -> U+FFFD). */
export function wellFormedDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return isWellFormed(value) ? value : wellFormed(value);
  if (depth > 64 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => wellFormedDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[wellFormed(k)] = wellFormedDeep(v, depth + 1);
  return out;
}

export function installInputChecks(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const where =
      nulPath(req.params, 'params') ??
      nulPath(req.query, 'querystring') ??
      nulPath(req.body, 'body');
    if (where)
      throw new ValidationError(
        'contains a NUL character (U+0000), which cannot be stored; remove it',
        where,
      );
    if (req.body && typeof req.body === 'object') req.body = wellFormedDeep(req.body);
  });
}
