/** The XSS payload corpus (test/fixtures/hostile/xss-payloads.txt) for e2e and fuzz tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const payloadFile = join(import.meta.dirname, '../fixtures/hostile/xss-payloads.txt');

/** Every payload, in file order; '\n' in the file stands for a line break. */
export function loadPayloads(): string[] {
  return readFileSync(payloadFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.replaceAll('\\n', '\n'));
}
