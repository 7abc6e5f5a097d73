/**
 * Writes src/core/names/data/cantonese.ts, the Cantonese (Jyutping) readings of the Han
 * characters names use, from Unicode's Unihan database (public reference data, Unicode
 * License V3):
 *
 *   npx tsx scripts/write-cantonese.ts DIR
 *
 * DIR holds kCantonese.txt, kSimplifiedVariant.txt and kTraditionalVariant.txt as the
 * unicode-org/unihan-database repository keeps them ("U+9EC3 黃<TAB>kCantonese<TAB>wong4"), and
 * Unihan_DictionaryLikeData.txt of a Unihan release (kFrequency, kGradeLevel, kHKGlyph).
 *
 * Characters kept: those with a frequency (kFrequency, from Chinese news groups), those Hong
 * Kong's primary schools teach (kGradeLevel) or Hong Kong's list of common characters has
 * (kHKGlyph), those UnihanCore2020 says Hong Kong or Macau need (rarer surnames and name
 * characters: 鄺, 廸, 鏵), and the simplified and traditional forms of each. Readings lose their tones
 * (the press writes none) and are grouped, one `syllable:characters` entry a reading.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Readings kCantonese lacks that names use (it gives one reading a character): surnames read
 * otherwise than the word (區 Au, 單 Sin, 解 Hai, 翟 Chak, 繆 Miu, 覃 Tsam) and name words.
 */
const TEAM_READINGS: Record<string, string[]> = {
  區: ['au'],
  区: ['au'],
  單: ['sin'],
  单: ['sin'],
  解: ['haai'],
  翟: ['zaak'],
  繆: ['miu'],
  缪: ['miu'],
  覃: ['cam'],
  長: ['zoeng'],
  长: ['zoeng'],
  重: ['zung'],
  行: ['hong'],
};

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/write-cantonese.ts DIR (see the comment at the top)');
  process.exit(2);
}

/** The lines of one Unihan file as [code point, field, value]. */
function rows(file: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const line of readFileSync(join(dir!, file), 'utf8').split('\n')) {
    if (!line.startsWith('U+')) continue;
    const [code = '', field = '', value = ''] = line.split('\t');
    out.push([code.split(' ')[0]!, field, value.trim()]);
  }
  return out;
}

/** Lists of common characters; and UnihanCore2020's with an H or M: what Hong Kong or Macau use. */
const LISTS = new Set(['kFrequency', 'kGradeLevel', 'kHKGlyph']);

const charOf = (code: string) => String.fromCodePoint(Number.parseInt(code.slice(2), 16));

const common = new Set<string>();
const local = new Set<string>();
for (const [code, field, value] of rows('Unihan_DictionaryLikeData.txt')) {
  if (LISTS.has(field)) common.add(charOf(code));
  if (field === 'kUnihanCore2020' && /[HM]/.test(value)) local.add(charOf(code));
}
// The other form of a common character; Hong Kong's and Macau's own are traditional already.
const variants = [...rows('kSimplifiedVariant.txt'), ...rows('kTraditionalVariant.txt')];
const wanted = new Set([...common, ...local]);
for (const [code, , value] of variants) {
  if (!common.has(charOf(code))) continue;
  for (const v of value.split(' ')) wanted.add(charOf(v.split('<')[0]!));
}

const groups = new Map<string, string[]>();
const add = (syllable: string, c: string) => {
  const list = groups.get(syllable) ?? [];
  if (!list.includes(c)) list.push(c);
  groups.set(syllable, list);
};
for (const [code, field, value] of rows('kCantonese.txt')) {
  const c = charOf(code);
  if (field !== 'kCantonese' || !wanted.has(c)) continue;
  for (const r of value.split(' ')) add(r.replace(/[1-6]$/, ''), c);
}
for (const [c, readings] of Object.entries(TEAM_READINGS)) for (const r of readings) add(r, c);

const entries = [...groups.keys()].sort().map((s) => `${s}:${groups.get(s)!.join('')}`);
const lines: string[] = [];
let line = '';
for (const e of entries) {
  if (line && line.length + e.length > 60) {
    lines.push(line);
    line = '';
  }
  line = line ? `${line} ${e}` : e;
}
if (line) lines.push(line);

const chars = new Set([...groups.values()].flat()).size;
const header = `/**
 * Cantonese readings of the Han characters names use, in Jyutping without tones: one
 * \`syllable:characters\` entry a reading (${chars} characters, traditional and simplified).
 * Derived from Unicode's Unihan database (kCantonese; the characters of kFrequency,
 * kGradeLevel, kHKGlyph and UnihanCore2020's H and M sources, with their variants), Copyright © Unicode, Inc., Unicode License V3,
 * plus a few surname readings of the team's. Written by scripts/write-cantonese.ts: rebuild,
 * do not edit. Read lazily by cantonese.ts.
 */
`;
const out = `${header}export const CANTONESE_READINGS = \`\n${lines.join('\n')}\n\`;\n`;
writeFileSync('src/core/names/data/cantonese.ts', out);
console.log(`${chars} characters, ${groups.size} syllables, ${out.length} characters written`);
