// The generator of the sample ledger (scripts/write-sample.ts over the facts in scripts/sample/):
// the committed data/sample-ledger.json is its output byte for byte, `--check` says when it is
// not, and its builder fills evidence and hashes sources the way ingest does.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSampleLedger, sampleLedgerJson } from '../../scripts/sample/build-sample.ts';
import {
  LedgerBuilder,
  locateQuote,
  SampleDataError,
} from '../../scripts/sample/ledger-builder.ts';
import { sha256Hex } from '../../src/adapters/digest.ts';
import { sampleLedgerPath } from '../../src/adapters/sample-ledger.ts';
import { normaliseForHash } from '../../src/core/extract/normalise-text.ts';
import { num, text } from '../../src/core/model/values.ts';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

/** Runs the generator as a developer does (`npx tsx scripts/write-sample.ts ...`). */
async function writeSample(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [tsx, 'scripts/write-sample.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

describe('the sample generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-sample-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the same ledger twice', () => {
    expect(buildSampleLedger()).toEqual(buildSampleLedger());
  });

  it('reproduces the committed data/sample-ledger.json byte for byte', async () => {
    expect(readFileSync(sampleLedgerPath, 'utf8')).toBe(sampleLedgerJson());
    const check = await writeSample('--check');
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/sample-ledger\.json is up to date/);
  });

  it('writes a file that equals the committed one, and --check names a file that drifted', async () => {
    const out = join(dir, 'sample.json');
    const written = await writeSample(out);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(sampleLedgerPath, 'utf8'));

    const lines = readFileSync(out, 'utf8').split('\n');
    lines[3] = `${lines[3]} `;
    writeFileSync(out, lines.join('\n'));
    const drifted = await writeSample('--check', out);
    expect(drifted.code).toBe(1);
    expect(drifted.stderr).toContain(`${out} differs from the facts at line 4`);
    expect(drifted.stderr).toContain('npx tsx scripts/write-sample.ts');

    const missing = await writeSample('--check', join(dir, 'none.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/none\.json is missing/);
  });
});

describe('LedgerBuilder', () => {
  const source = { id: 'src_t', title: 't', publishedAt: '2025-01-01', language: 'en' };
  const sampleText = 'Belarus freed 52 people; later 52 more.';
  const make = (t = sampleText) => {
    const b = new LedgerBuilder(
      { kind: 'import', name: 't' },
      { base: '2026-01-01T00:00:00.000Z' },
    );
    b.addSources([{ ...source, text: t }]);
    b.entity('rel_x', 'release_event');
    return b;
  };

  it('finds the quote and fills exact offsets, after an anchor when asked', () => {
    const b = make();
    b.fact('rel_x', 'releasedCount', num(52), 'src_t', '52');
    b.fact('rel_x', 'releasedCount', num(52), 'src_t', '52', { after: 'later' });
    const [first, second] = b.dump().claims;
    const last = sampleText.lastIndexOf('52');
    expect(first!.evidence).toEqual({ start: 14, end: 16, quote: '52' });
    expect(second!.evidence).toEqual({ start: last, end: last + 2, quote: '52' });
    expect(last).toBeGreaterThan(16);
  });

  it('stores and hashes a source text as ingest does, with offsets into the stored text', () => {
    // CRLF line ends, a decomposed 'é' and surrounding blanks: ingest stores the normal form.
    const raw = '  Minsk\r\nCafe\u0301 owner freed.\r\n';
    const b = make(raw);
    b.fact('rel_x', 'releasedCount', num(1), 'src_t', 'freed');
    const { sources, claims } = b.dump();
    const stored = normaliseForHash(raw);
    expect(stored).toBe('Minsk\nCafé owner freed.');
    expect(sources[0]!.text).toBe(stored);
    expect(sources[0]!.contentHash).toBe(sha256Hex(stored));
    expect(claims[0]!.evidence).toEqual({ start: 17, end: 22, quote: 'freed' });
    expect(stored.slice(17, 22)).toBe('freed');
  });

  it('refuses a quote that is not in the source, naming it', () => {
    expect(() => make().fact('rel_x', 'releasedCount', num(53), 'src_t', '53')).toThrow(
      /quote "53" not found in source src_t/,
    );
    expect(() => locateQuote('abc', '', 'src_t')).toThrow(SampleDataError);
  });

  it('refuses values outside the schema, unknown subjects and dangling references', () => {
    expect(() => make().fact('rel_x', 'kind', text('amnesty'), 'src_t', 'freed')).toThrow(
      /must be one of/,
    );
    expect(() => make().fact('per_y', 'gender', text('male'), 'src_t', 'freed')).toThrow(
      /undeclared/,
    );
    const b = make();
    b.fact('rel_x', 'deal', { type: 'ref', id: 'deal_missing' }, 'src_t', 'freed');
    expect(() => b.dump()).toThrow(/undeclared deal_missing/);
  });
});
