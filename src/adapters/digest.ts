/** SHA-256 through node:crypto: the Digest port (core/ports.ts) for every content hash. */
import { createHash } from 'node:crypto';
import type { Digest } from '../core/ports.ts';

export const sha256Hex: Digest = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
