import { wellFormed } from '../unicode.ts';

/** The text a content hash is computed over: NFC, LF line ends, trimmed. */
export function normaliseForHash(text: string): string {
  // NUL is dropped and unpaired surrogates replaced: no database stores them in text, and
  // they carry nothing a reader sees.
  return wellFormed(text).normalize('NFC').replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
}
